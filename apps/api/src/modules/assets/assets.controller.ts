import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  AssetCategoryDto,
  AssetDetailDto,
  FloorAssetsDto,
  AssetHistoryDto,
  AssetPage,
  NearestAssetsDto,
} from '@wardwatch/contracts';

import { CurrentUser, Roles } from '../../infra/auth/auth.decorators';
import type { AuthenticatedUser } from '../../infra/auth/authenticated-user';
import { UuidParam } from '../../infra/http/uuid-param.decorator';
import { AssetsService } from './assets.service';
import { AssetHistoryQueryDto } from './dto/asset-history-query.dto';
import { AssetQueryDto } from './dto/asset-query.dto';
import { ChangeAssetStatusDto } from './dto/change-status.dto';
import { NearestQueryDto } from './dto/nearest-query.dto';

@ApiTags('assets')
@ApiBearerAuth()
@Controller()
export class AssetsController {
  constructor(private readonly assets: AssetsService) {}

  @Get('assets')
  @ApiOperation({ summary: 'Search assets by text, category, status and department' })
  search(@Query() query: AssetQueryDto): Promise<AssetPage> {
    return this.assets.search(query);
  }

  // Declared before assets/:id so that 'nearest' is not taken for an id.
  @Get('assets/nearest')
  @ApiOperation({
    summary: 'Available assets of a category nearest to a room, in walking order (from current positions)',
  })
  nearest(@Query() query: NearestQueryDto): Promise<NearestAssetsDto> {
    return this.assets.nearestAvailable(query.category, query.roomId, query.limit ?? 10);
  }

  @Get('assets/:id/history')
  @ApiOperation({ summary: "An asset's room changes between from and to" })
  history(@UuidParam('id') id: string, @Query() query: AssetHistoryQueryDto): Promise<AssetHistoryDto> {
    return this.assets.history(id, query.from, query.to);
  }

  @Get('assets/:id')
  @ApiOperation({
    summary: 'An asset: identity, place, last move, tag readings, and the status changes the caller may make',
  })
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<AssetDetailDto> {
    return this.assets.detail(id, user);
  }

  @Patch('assets/:id/status')
  @Roles('admin', 'biomed', 'supply')
  @ApiOperation({
    summary: "Change an asset's status (which changes a role may make: see allowedStatusChanges)",
  })
  changeStatus(
    @UuidParam('id') id: string,
    @Body() body: ChangeAssetStatusDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AssetDetailDto> {
    return this.assets.changeStatus(id, user, body.status, body.note);
  }

  @Get('floors/:id/assets')
  @ApiOperation({ summary: 'Every located asset on a floor now, for the live map' })
  onFloor(@UuidParam('id') id: string): Promise<FloorAssetsDto> {
    return this.assets.onFloor(id);
  }

  @Get('asset-categories')
  @ApiOperation({ summary: 'Asset categories with how many assets each has' })
  categories(): Promise<AssetCategoryDto[]> {
    return this.assets.categories();
  }
}
