import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AssetCategoryDto, AssetDto, AssetPage } from '@wardwatch/contracts';

import { UuidParam } from '../../infra/http/uuid-param.decorator';
import { AssetsService } from './assets.service';
import { AssetQueryDto } from './dto/asset-query.dto';

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

  @Get('assets/:id')
  @ApiOperation({ summary: 'An asset' })
  get(@UuidParam('id') id: string): Promise<AssetDto> {
    return this.assets.get(id);
  }

  @Get('asset-categories')
  @ApiOperation({ summary: 'Asset categories with how many assets each has' })
  categories(): Promise<AssetCategoryDto[]> {
    return this.assets.categories();
  }
}
