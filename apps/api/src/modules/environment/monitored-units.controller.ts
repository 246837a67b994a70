import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  MonitoredUnitDto,
  TemporaryOverrideDto as OverrideDto,
  UnitSeriesDto,
} from '@wardwatch/contracts';
import type { ProfileCode } from '@wardwatch/domain';

import { CurrentUser, Roles } from '../../infra/auth/auth.decorators';
import type { AuthenticatedUser } from '../../infra/auth/authenticated-user';
import { UuidParam } from '../../infra/http/uuid-param.decorator';
import { EndOverrideDto } from './dto/end-override.dto';
import { SeriesQueryDto, UnitQueryDto } from './dto/unit-query.dto';
import { ProfileOverrideDto } from './dto/profile-override.dto';
import { TemporaryOverrideDto } from './dto/temporary-override.dto';
import { MonitoredUnitsService } from './monitored-units.service';
import { TemporaryOverridesService } from './temporary-overrides.service';

@ApiTags('environment')
@ApiBearerAuth()
@Controller()
export class MonitoredUnitsController {
  constructor(
    private readonly units: MonitoredUnitsService,
    private readonly overrides: TemporaryOverridesService,
  ) {}

  @Get('monitored-units')
  @ApiOperation({
    summary: 'Monitored rooms and units (optionally of a floor): limits in force, latest reading, condition',
  })
  list(@Query() query: UnitQueryDto): Promise<MonitoredUnitDto[]> {
    return this.units.list(query.floorId);
  }

  @Get('monitored-units/:id')
  @ApiOperation({ summary: 'A monitored room or unit' })
  get(@UuidParam('id') id: string): Promise<MonitoredUnitDto> {
    return this.units.get(id);
  }

  @Get('monitored-units/:id/series')
  @ApiOperation({
    summary: 'Temperature and humidity per minute or hour (min, max, mean); gaps are left as gaps',
  })
  series(@UuidParam('id') id: string, @Query() query: SeriesQueryDto): Promise<UnitSeriesDto> {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 86_400_000);
    return this.units.series(id, from, to, query.bucket ?? 'minute');
  }

  @Post('monitored-units/:id/overrides')
  @Roles('admin', 'facilities')
  @ApiOperation({ summary: "A documented temporary change of a unit's limits (who asked, why, until when)" })
  addOverride(
    @UuidParam('id') id: string,
    @Body() body: TemporaryOverrideDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OverrideDto> {
    return this.overrides.add(id, body, user.id);
  }

  @Get('monitored-units/:id/overrides')
  @ApiOperation({
    summary: "A unit's temporary overrides, newest first (at most 100), with who ended any early and why",
  })
  overrideHistory(@UuidParam('id') id: string): Promise<OverrideDto[]> {
    return this.overrides.history(id);
  }

  @Post('monitored-units/:id/overrides/:overrideId/end')
  @HttpCode(200)
  @Roles('admin', 'facilities')
  @ApiOperation({
    summary:
      "End a temporary override in force now, before its planned end (who and why are recorded): the unit's own limits apply again at once",
  })
  endOverride(
    @UuidParam('id') id: string,
    @UuidParam('overrideId') overrideId: string,
    @Body() body: EndOverrideDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OverrideDto> {
    return this.overrides.end(id, overrideId, body.reason, user.id);
  }

  @Put('monitored-units/:id/profile-overrides')
  @Roles('admin', 'facilities')
  @ApiOperation({
    summary: "Replace a unit's own overrides of its profile ({} to use the profile and site values)",
  })
  setUnitOverrides(@UuidParam('id') id: string, @Body() body: ProfileOverrideDto): Promise<MonitoredUnitDto> {
    return this.units.setUnitOverrides(id, { ...body });
  }

  @Put('sites/:id/profiles/:profileCode')
  @Roles('admin')
  @ApiOperation({ summary: "Replace a site's values for a monitoring profile (its policy)" })
  setSiteOverrides(
    @UuidParam('id') id: string,
    @Param('profileCode') profileCode: string,
    @Body() body: ProfileOverrideDto,
  ) {
    return this.units.setSiteOverrides(id, profileCode as ProfileCode, { ...body });
  }
}
