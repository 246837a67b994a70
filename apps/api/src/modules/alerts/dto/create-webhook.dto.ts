import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALERT_KINDS, ROLES, type AlertKind, type CreateWebhookRequest } from '@wardwatch/contracts';
import { IsArray, IsIn, IsOptional, IsString, IsUrl, Length } from 'class-validator';

export class CreateWebhookDto implements CreateWebhookRequest {
  @ApiProperty({ example: 'https://pager.example.org/hooks/wardwatch' })
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['https', 'http'] },
    { message: 'url must be an http(s) URL' },
  )
  url!: string;

  @ApiProperty({ example: 'Facilities on-call pager' })
  @IsString()
  @Length(1, 200, { message: 'description must be 1 to 200 characters' })
  description!: string;

  @ApiPropertyOptional({
    enum: ROLES,
    isArray: true,
    description: 'Only alerts a role is responsible for; default all',
  })
  @IsOptional()
  @IsArray({ message: 'roles must be a list' })
  @IsIn(ROLES, { each: true, message: `roles must be among: ${ROLES.join(', ')}` })
  roles?: string[];

  @ApiPropertyOptional({ enum: ALERT_KINDS, isArray: true, description: 'Only these kinds; default all' })
  @IsOptional()
  @IsArray({ message: 'kinds must be a list' })
  @IsIn(ALERT_KINDS, { each: true, message: `kinds must be among: ${ALERT_KINDS.join(', ')}` })
  kinds?: AlertKind[];
}
