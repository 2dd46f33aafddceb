//! Plural selection with ICU4X (CLDR 49) instead of fluent-bundle's built-in rules (CLDR 37).
//!
//! fluent-bundle 0.16 chooses `[one]`, `[few]`, … with intl_pluralrules and CLDR 37 data: Vietnamese
//! and Portuguese differ from CLDR 49, and Tetum silently gets English rules. There is no hook to
//! replace that choice, so Silkwire rewrites each plural selector when it loads a file:
//! `{ $n -> [0] … [one] … *[other] … }` becomes
//! `{ SILKWIRE-PLURAL($n, 0) -> [0] … [one] … *[other] … }`. The function returns the numeric key
//! that equals `$n` (exact matches still win), else `$n`'s CLDR 49 category in the bundle's language,
//! so the rules the build applies are the ones [`crate::locale::plural_categories`] reports.
//! Selectors over strings are returned unchanged and keep matching exactly.

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, Identifier, InlineExpression, NamedArgument, Pattern,
    PatternElement, Resource, Variant, VariantKey,
};

use crate::icu::PLURAL_FUNCTION;

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Rewrites every plural selector of `resource`; returns true if any was rewritten.
pub(crate) fn route_plurals(resource: &mut Resource<&str>) -> bool {
    let mut changed = false;
    for entry in &mut resource.body {
        let (value, attributes) = match entry {
            Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
            Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
            _ => continue,
        };
        if let Some(p) = value {
            changed |= pattern(p);
        }
        for a in attributes {
            changed |= pattern(&mut a.value);
        }
    }
    changed
}

fn pattern(p: &mut Pattern<&str>) -> bool {
    let mut changed = false;
    for element in &mut p.elements {
        if let PatternElement::Placeable { expression } = element {
            changed |= expression_(expression);
        }
    }
    changed
}

fn expression_(e: &mut Expression<&str>) -> bool {
    match e {
        Expression::Inline(i) => inline(i),
        Expression::Select { selector, variants } => {
            let mut changed = inline(selector);
            for v in variants.iter_mut() {
                changed |= pattern(&mut v.value);
            }
            if is_plural(variants) {
                if let Some(new) = routed(selector, variants) {
                    *selector = new;
                    // fluent-bundle tries the variants in order and would still match a category
                    // key against a number with its own rules: exact numbers go first.
                    variants.sort_by_key(|v| !matches!(v.key, VariantKey::NumberLiteral { .. }));
                    changed = true;
                }
            }
            changed
        }
    }
}

fn inline(i: &mut InlineExpression<&str>) -> bool {
    match i {
        InlineExpression::Placeable { expression } => expression_(expression),
        InlineExpression::FunctionReference { arguments, .. } => call(arguments),
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call(arguments),
        _ => false,
    }
}

fn call(arguments: &mut CallArguments<&str>) -> bool {
    let mut changed = false;
    for p in &mut arguments.positional {
        changed |= inline(p);
    }
    for n in &mut arguments.named {
        changed |= inline(&mut n.value);
    }
    changed
}

/// A select whose keys include a number or a plural category.
fn is_plural(variants: &[Variant<&str>]) -> bool {
    variants.iter().any(|v| match v.key {
        VariantKey::NumberLiteral { .. } => true,
        VariantKey::Identifier { name } => CATEGORIES.contains(&name) && name != "other",
    })
}

/// `SILKWIRE-PLURAL(value, numeric keys…, options)` for a selector over a variable or `NUMBER()`.
fn routed<'s>(
    selector: &InlineExpression<&'s str>,
    variants: &[Variant<&'s str>],
) -> Option<InlineExpression<&'s str>> {
    let (value, named): (InlineExpression<&'s str>, Vec<NamedArgument<&'s str>>) = match selector {
        InlineExpression::VariableReference { .. } => (selector.clone(), Vec::new()),
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => (
            arguments.positional.first()?.clone(),
            arguments.named.clone(),
        ),
        _ => return None,
    };
    let mut positional = vec![value];
    for v in variants {
        if let VariantKey::NumberLiteral { value } = v.key {
            positional.push(InlineExpression::NumberLiteral { value });
        }
    }
    Some(InlineExpression::FunctionReference {
        id: Identifier {
            name: PLURAL_FUNCTION,
        },
        arguments: CallArguments { positional, named },
    })
}
