import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CreateWebhookResponse, WebhookDto } from '@wardwatch/contracts';

import { Roles } from '../../infra/auth/auth.decorators';
import { UuidParam } from '../../infra/http/uuid-param.decorator';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('alerts')
@ApiBearerAuth()
@Roles('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiOperation({ summary: 'Webhooks that receive alert events' })
  list(): Promise<WebhookDto[]> {
    return this.webhooks.list();
  }

  @Post()
  @ApiOperation({
    summary:
      'Register a webhook for alert events (HMAC-SHA256 signed: X-Wardwatch-Signature = sha256=HMAC(secret, "<X-Wardwatch-Timestamp>.<body>")); the secret is shown once',
  })
  create(@Body() body: CreateWebhookDto): Promise<CreateWebhookResponse> {
    return this.webhooks.create(body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a webhook' })
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.webhooks.remove(id);
  }
}
