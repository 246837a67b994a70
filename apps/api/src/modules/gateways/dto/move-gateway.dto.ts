import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MoveGatewayRequest, PlanPoint } from '@wardwatch/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNumber, IsOptional, IsUUID } from 'class-validator';

export class MoveGatewayDto implements MoveGatewayRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Another floor; the gateway stays on its own when left out',
  })
  @IsOptional()
  @IsUUID('all', { message: 'floorId must be a UUID' })
  floorId?: string;

  @ApiProperty({ example: [42.5, 18], description: '[x, y] in plan metres' })
  @IsArray({ message: 'point must be an [x, y] array of numbers' })
  @ArrayMinSize(2, { message: 'point must be an [x, y] array of numbers' })
  @ArrayMaxSize(2, { message: 'point must be an [x, y] array of numbers' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { each: true, message: 'point must hold finite numbers' },
  )
  point!: PlanPoint;
}
