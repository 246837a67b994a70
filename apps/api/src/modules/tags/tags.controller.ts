import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, TagDto } from '@wardwatch/contracts';

import { TagQueryDto } from './dto/tag-query.dto';
import { CurrentUser, Roles } from '../../infra/auth/auth.decorators';
import type { AuthenticatedUser } from '../../infra/auth/authenticated-user';
import { BindTagDto } from './dto/bind-tag.dto';
import { TagBindingService } from './tag-binding.service';
import { TagsService } from './tags.service';

@ApiTags('tags')
@ApiBearerAuth()
@Controller('tags')
export class TagsController {
  constructor(
    private readonly tags: TagsService,
    private readonly binding: TagBindingService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Tags with where they are; ?unassigned=true for those bound to no asset' })
  list(@Query() query: TagQueryDto): Promise<Page<TagDto>> {
    return this.tags.list({
      unassigned: query.unassigned,
      kind: query.kind,
      floorId: query.floorId,
      nearRoomId: query.nearRoomId,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
  }

  @Get(':mac')
  @ApiOperation({ summary: 'A tag: its room and floor, confidence, last heard and last decoded readings' })
  get(@Param('mac') mac: string): Promise<TagDto> {
    return this.tags.get(mac);
  }

  @Put(':mac/asset')
  @Roles('admin', 'biomed')
  @ApiOperation({ summary: 'Bind a tag to an existing asset (assetId) or to a new one (newAsset)' })
  bind(
    @Param('mac') mac: string,
    @Body() body: BindTagDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<TagDto> {
    return this.binding.bind(mac, body, user);
  }

  @Delete(':mac/asset')
  @Roles('admin', 'biomed')
  @ApiOperation({ summary: 'Unbind a tag from its asset' })
  unbind(@Param('mac') mac: string, @CurrentUser() user: AuthenticatedUser): Promise<TagDto> {
    return this.binding.unbind(mac, user);
  }
}
