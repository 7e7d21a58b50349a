"""Shared result sets for the assessment tests (plain data, no expectations)."""

from decimal import Decimal

import pytest

_VILLAGE_RESULTS = {
    "guarantees_missing": 1,
    "lawful_birth_rate": 93,
    "higher_order_birth_rate": 2,
    "birth_statistics_error": Decimal("5.3"),
    "sex_ratio_at_birth": 112,
    "fee_collection_rate": 100,
    "other_work": 30,
    "concealed_births": False,
    "seven_prohibitions_breach": False,
}

_HEAD_RESULTS = {
    "late_reports": 1,
    "health_check_attendance": Decimal("98.2"),
    "unsigned_agreements": 0,
    "publicity.monthly_meeting": True,
    "publicity.notices_posted": True,
    "publicity.home_visits": False,
    "concealed_births": False,
}

_TOWNSHIP_RESULTS = {
    "policy_compliance_rate": Decimal("93.6"),
    "sex_ratio_at_birth": Decimal("108.4"),
    "birth_statistics_error": Decimal("4.2"),
    "health_check_attendance": Decimal("97.5"),
    "rewards_delivered_rate": 100,
    "organisation.leading_body": True,
    "organisation.work_plan": True,
    "organisation.meetings": True,
    "organisation.pay_linkage": True,
    "daily_work": 22,
    "concealed_births": False,
}


@pytest.fixture
def village_results():
    return dict(_VILLAGE_RESULTS)


@pytest.fixture
def head_results():
    return dict(_HEAD_RESULTS)


@pytest.fixture
def township_results():
    return dict(_TOWNSHIP_RESULTS)
