"""The Insights window's charts: funnel, stage flow, rejections, answers by source, weekly
applications and stage scores, each drawn with QPainter and each saveable as a PNG."""
