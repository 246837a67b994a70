import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, TagDto } from '@wardwatch/contracts';

import { TagQueryDto } from './tag-query.dto';
import { TagsService } from './tags.service';

@ApiTags('tags')
@ApiBearerAuth()
@Controller('tags')
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Get()
  @ApiOperation({ summary: 'Tags with where they are; ?unassigned=true for those bound to no asset' })
  list(@Query() query: TagQueryDto): Promise<Page<TagDto>> {
    return this.tags.list({
      unassigned: query.unassigned,
      floorId: query.floorId,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
  }

  @Get(':mac')
  @ApiOperation({ summary: 'A tag: its room and floor, confidence, last heard and last decoded readings' })
  get(@Param('mac') mac: string): Promise<TagDto> {
    return this.tags.get(mac);
  }
}
