import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { GatewayDto, RegisterGatewayResponse } from '@wardwatch/contracts';

import { Roles } from '../../infra/auth/auth.decorators';
import { UuidParam } from '../../infra/http/uuid-param.decorator';
import { MoveGatewayDto } from './dto/move-gateway.dto';
import { GatewayQueryDto } from './dto/gateway-query.dto';
import { RegisterGatewayDto } from './dto/register-gateway.dto';
import { GatewaysService } from './gateways.service';

@ApiTags('gateways')
@ApiBearerAuth()
@Controller('gateways')
export class GatewaysController {
  constructor(private readonly gateways: GatewaysService) {}

  @Get()
  @Roles('admin', 'biomed', 'facilities')
  @ApiOperation({ summary: 'Gateways, optionally of one floor' })
  list(@Query() query: GatewayQueryDto): Promise<GatewayDto[]> {
    return this.gateways.list(query.floorId);
  }

  @Get(':id')
  @Roles('admin', 'biomed', 'facilities')
  @ApiOperation({ summary: 'A gateway' })
  get(@UuidParam('id') id: string): Promise<GatewayDto> {
    return this.gateways.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a gateway at a point on a floor; its ingest key is shown once' })
  register(@Body() body: RegisterGatewayDto): Promise<RegisterGatewayResponse> {
    return this.gateways.register(body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Move a gateway to another point (and floor); its room is found again from the point',
  })
  move(@UuidParam('id') id: string, @Body() body: MoveGatewayDto): Promise<GatewayDto> {
    return this.gateways.move(id, body);
  }

  @Post(':id/key')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Issue a new ingest key for a gateway (shown once); the old one stops working within 30 s',
  })
  rotateKey(@UuidParam('id') id: string): Promise<RegisterGatewayResponse> {
    return this.gateways.rotateKey(id);
  }
}
