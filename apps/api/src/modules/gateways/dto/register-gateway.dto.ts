import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PlanPoint, RegisterGatewayRequest } from '@wardwatch/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';

export class RegisterGatewayDto implements RegisterGatewayRequest {
  @ApiProperty({ example: 'F1:A0:0C:12:34:56', description: 'aa:bb:cc:dd:ee:ff, aa-bb-… or aabbccddeeff' })
  @IsString()
  @Matches(/^\s*([0-9A-Fa-f]{2}[:-]?){5}[0-9A-Fa-f]{2}\s*$/, {
    message: 'mac must be a MAC address such as F1:A0:0C:12:34:56',
  })
  mac!: string;

  @ApiProperty({ example: 'GW 3E corridor north' })
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'floorId must be a UUID' })
  floorId!: string;

  @ApiProperty({ example: [42.5, 18], description: '[x, y] in plan metres' })
  @IsArray({ message: 'point must be an [x, y] array of numbers' })
  @ArrayMinSize(2, { message: 'point must be an [x, y] array of numbers' })
  @ArrayMaxSize(2, { message: 'point must be an [x, y] array of numbers' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { each: true, message: 'point must hold finite numbers' },
  )
  point!: PlanPoint;

  @ApiPropertyOptional({ format: 'uuid', description: 'Found from the point when left out' })
  @IsOptional()
  @IsUUID('all', { message: 'roomId must be a UUID' })
  roomId?: string;
}
