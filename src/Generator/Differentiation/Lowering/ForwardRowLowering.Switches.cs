// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// <c>switch</c> as people write piecewise functions: a switch expression <c>v switch { &lt; -1 =&gt; a, &lt; 1 =&gt; b, _ =&gt; c }</c>
/// becomes a chain of <c>?:</c>, a switch statement an <c>if</c>/<c>else if</c> chain (its <c>default</c> last, whatever
/// its position), each arm's pattern a condition on the governing value: constants, relational patterns, <c>and</c>,
/// <c>or</c>, <c>not</c>, a <c>when</c> guard. The governing value is lowered once and compared in each condition.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>The governing value of a switch, lowered once: a real or an integer.</summary>
    private sealed record SwitchInput(RealExpr? Real, IntExpr? Int);

    private SwitchInput? LowerSwitchInput(IOperation value)
    {
        if (IsInteger(value.Type))
        {
            return Int(value) is { } integer ? new SwitchInput(null, integer) : null;
        }

        if (RealTypeOf(value.Type) is not null)
        {
            return Real(value) is { } real ? new SwitchInput(real, null) : null;
        }

        Report(RuleIdentifiers.UnsupportedExpression, value, "a switch over '" + Text(value.Syntax) + "' of type " + value.Type?.ToDisplayString(), Supported.Switches);
        return null;
    }

    /// <summary>A switch expression of real or int type: nested choices, the last arm (a discard) the final else.</summary>
    private RealExpr? RealSwitch(ISwitchExpressionOperation switchExpression, RealType type)
    {
        if (SwitchArms(switchExpression) is not { } arms)
        {
            return null;
        }

        if (arms.Any(arm => NeedsGuardedHoisting(arm.Value)))
        {
            return HoistedChoice(Text(switchExpression.Syntax), arms.Take(arms.Count - 1).Select(arm => (Condition?)arm.Condition).ToList(),
                arms.Select(arm => (Func<object?>)(() => Real(arm.Value))).ToList(), type) as RealExpr;
        }

        var values = new List<RealExpr?>();
        _conditionalDepth++;
        try
        {
            values.AddRange(arms.Select(arm => Real(arm.Value)));
        }
        finally
        {
            _conditionalDepth--;
        }

        if (values.Any(v => v is null))
        {
            return null;
        }

        RealExpr result = Coerce(values[values.Count - 1]!, type);
        for (int i = arms.Count - 2; i >= 0; i--)
        {
            result = new RealChoose(type, arms[i].Condition, Coerce(values[i]!, type), result);
        }

        return result;
    }

    /// <summary>An int-valued switch expression; a condition on data only as an integer local's value (as for ?:).</summary>
    private IntExpr? IntSwitch(ISwitchExpressionOperation switchExpression)
    {
        if (SwitchArms(switchExpression) is not { } arms)
        {
            return null;
        }

        if (arms.Any(arm => NeedsGuardedHoisting(arm.Value)))
        {
            return HoistedChoice(Text(switchExpression.Syntax), arms.Take(arms.Count - 1).Select(arm => (Condition?)arm.Condition).ToList(),
                arms.Select(arm => (Func<object?>)(() => Int(arm.Value))).ToList(), null) as IntExpr;
        }

        var values = new List<IntExpr?>();
        _conditionalDepth++;
        try
        {
            values.AddRange(arms.Select(arm => Int(arm.Value)));
        }
        finally
        {
            _conditionalDepth--;
        }

        if (values.Any(v => v is null))
        {
            return null;
        }

        if (!_intAssignmentValue && arms.Any(arm => !TapePolicy.IsIntegerOnly(arm.Condition)))
        {
            Report(RuleIdentifiers.UnsupportedIndex, switchExpression, "the integer expression '" + Text(switchExpression.Syntax) + "', chosen by a condition on data",
                "assign it to an integer local first ('int k = v switch { … };') and use that local");
            return null;
        }

        IntExpr result = values[values.Count - 1]!;
        for (int i = arms.Count - 2; i >= 0; i--)
        {
            result = new IntChoose(arms[i].Condition, values[i]!, result);
        }

        return result;
    }

    private sealed record SwitchArm(Condition Condition, IOperation Value);

    /// <summary>Each arm's condition (pattern and guard); null when one is outside the subset or the last arm is no discard.</summary>
    private List<SwitchArm>? SwitchArms(ISwitchExpressionOperation switchExpression)
    {
        ImmutableArray<ISwitchExpressionArmOperation> arms = switchExpression.Arms;
        if (arms.IsEmpty || arms[arms.Length - 1] is not { Pattern: IDiscardPatternOperation, Guard: null })
        {
            Report(RuleIdentifiers.UnsupportedExpression, switchExpression, "the switch expression '" + Text(switchExpression.Syntax) + "' without a final '_ =>' arm",
                "end it with '_ => value' (the value where no other arm matches); " + Supported.Switches);
            return null;
        }

        if (LowerSwitchInput(switchExpression.Value) is not { } input)
        {
            return null;
        }

        if (_context is not null && _conditionalDepth == 0 && arms.Any(arm => arm.Guard is { } guard && HoistsStatements(guard, 0)))
        {
            return HoistedArmChoice(switchExpression, input);
        }

        var lowered = new List<SwitchArm>();
        bool failed = false;
        for (int i = 0; i < arms.Length; i++)
        {
            if (i > 0)
            {
                _conditionalDepth++;
            }

            try
            {
                Condition? condition = ArmCondition(arms[i].Pattern, arms[i].Guard, input);
                failed |= condition is null;
                if (condition is not null)
                {
                    lowered.Add(new SwitchArm(condition, arms[i].Value));
                }
            }
            finally
            {
                if (i > 0)
                {
                    _conditionalDepth--;
                }
            }
        }

        return failed ? null : lowered;
    }

    private Condition? ArmCondition(IPatternOperation pattern, IOperation? guard, SwitchInput input)
    {
        Condition? matches = PatternCondition(pattern, input);
        if (matches is null || guard is null)
        {
            return matches;
        }

        return Condition(guard) is { } when ? Simplify(new Logical(IsAnd: true, matches, when)) : null;
    }

    private static Condition Simplify(Logical logical) =>
        logical is { IsAnd: true, Left: BoolConstant { Value: true } } ? logical.Right : logical;

    /// <summary>The condition under which <paramref name="pattern"/> matches the governing value.</summary>
    private Condition? PatternCondition(IPatternOperation pattern, SwitchInput input)
    {
        switch (pattern)
        {
            case IDiscardPatternOperation:
                return new BoolConstant(true);
            case IConstantPatternOperation constant:
                return Comparison(CompareOperator.Equal, input, constant.Value);
            case IRelationalPatternOperation relational when CompareOperatorOf(relational.OperatorKind) is { } op:
                return Comparison(op, input, relational.Value);
            case IBinaryPatternOperation binary when binary.OperatorKind is BinaryOperatorKind.And or BinaryOperatorKind.Or:
                Condition? left = PatternCondition(binary.LeftPattern, input), right = PatternCondition(binary.RightPattern, input);
                return left is null || right is null ? null : new Logical(binary.OperatorKind == BinaryOperatorKind.And, left, right);
            case INegatedPatternOperation negated:
                return PatternCondition(negated.Pattern, input) is { } inner ? new Not(inner) : null;
        }

        Report(RuleIdentifiers.UnsupportedExpression, pattern, "the pattern '" + Text(pattern.Syntax) + "'", Supported.Switches);
        return null;
    }

    private Condition? Comparison(CompareOperator op, SwitchInput input, IOperation value)
    {
        if (input.Int is { } integer && IsInteger(value.Type))
        {
            return Int(value) is { } right ? new IntCompare(op, integer, right) : null;
        }

        RealExpr? left = input.Real ?? (input.Int is { } converted ? new IntToReal(RealType.Double, converted) : null);
        if (left is null || Real(value) is not { } constant)
        {
            return null;
        }

        RealType type = left.Type == RealType.Double || constant.Type == RealType.Double ? RealType.Double : RealType.Float;
        if (constant is RealConstant { Value: double.NaN })
        {
            // 'is double.NaN' matches NaN (where == NaN never holds): !(|v| <= ∞), as double.IsNaN(v) lowers.
            RealExpr magnitude = new MathCall(type, MathFunction.Abs, new EquatableArray<RealExpr>(ImmutableArray.Create(Coerce(left, type))));
            Condition isNaN = new Not(new RealCompare(CompareOperator.LessOrEqual, magnitude, new RealConstant(type, double.PositiveInfinity)));
            return op == CompareOperator.Equal ? isNaN : new Not(isNaN);
        }

        return new RealCompare(op, Coerce(left, type), Coerce(constant, type));
    }

    /// <summary>
    /// A switch statement as an if/else-if chain, <c>default</c> as the last else. A section is a statement list its
    /// <c>break</c> leaves, however nested (<c>case &lt; 0: { …; break; }</c>, an if whose arms both break), going on
    /// with <paramref name="after"/> (the rest of the enclosing list, when a section leaves that list too through
    /// <paramref name="outer"/>: a loop's <c>continue</c>, ForwardRow's <c>return;</c>, a helper's <c>return v</c>).
    /// </summary>
    private void LowerSwitch(ISwitchOperation switchStatement, List<Statement> output, ImmutableArray<ListExit> outer = default,
        Action<IOperation, List<Statement>>? after = null)
    {
        if (LowerSwitchInput(switchStatement.Value) is not { } input)
        {
            return;
        }

        var sections = new List<(Condition? Condition, ISwitchCaseOperation Case)>();
        ISwitchCaseOperation? fallback = null;
        foreach (ISwitchCaseOperation section in switchStatement.Cases)
        {
            Condition? condition = null;
            foreach (ICaseClauseOperation clause in section.Clauses)
            {
                Condition? clauseCondition = clause switch
                {
                    IDefaultCaseClauseOperation => null,
                    ISingleValueCaseClauseOperation single => Comparison(CompareOperator.Equal, input, single.Value),
                    IPatternCaseClauseOperation patterned => ArmCondition(patterned.Pattern, patterned.Guard, input),
                    _ => null,
                };
                if (clause is IDefaultCaseClauseOperation)
                {
                    fallback = section;
                    condition = null;
                    break;
                }

                if (clauseCondition is null)
                {
                    if (clause is not ISingleValueCaseClauseOperation and not IPatternCaseClauseOperation)
                    {
                        Report(RuleIdentifiers.UnsupportedStatement, clause, "the case '" + Text(clause.Syntax) + "'", Supported.Switches);
                    }

                    return;
                }

                condition = condition is null ? clauseCondition : new Logical(IsAnd: false, condition, clauseCondition);
            }

            if (fallback != section)
            {
                sections.Add((condition, section));
            }
        }

        ImmutableArray<ListExit> exits = ImmutableArray.Create(BranchExit(switchStatement.ExitLabel, after)).AddRange(outer.IsDefault ? [] : outer);
        EquatableArray<Statement> SectionBody(ISwitchCaseOperation section)
        {
            if (FallsThrough(section))
            {
                // C# rejects it too (CS0163); said here so the section is not read as ending in break.
                Report(RuleIdentifiers.UnsupportedExit, section.Clauses[0], "the switch section '" + Text(section.Clauses[0].Syntax) + "', whose end falls through", Supported.Switches);
            }

            var lowered = new List<Statement>();
            LowerStatements(section.Body, lowered, exits);
            return new EquatableArray<Statement>(lowered.ToImmutableArray());
        }

        // No section matched: the default section, or straight on to what follows the switch.
        EquatableArray<Statement> chain;
        if (fallback is not null)
        {
            chain = SectionBody(fallback);
        }
        else
        {
            var unmatched = new List<Statement>();
            after?.Invoke(switchStatement, unmatched);
            chain = new EquatableArray<Statement>(unmatched.ToImmutableArray());
        }

        for (int i = sections.Count - 1; i >= 0; i--)
        {
            string header = i == 0 ? Header(switchStatement.Syntax, switchStatement.Cases.FirstOrDefault()) : Text(sections[i].Case.Clauses[0].Syntax);
            var branch = new IfStatement(header, sections[i].Condition!, SectionBody(sections[i].Case), chain);
            chain = new EquatableArray<Statement>(ImmutableArray.Create<Statement>(branch));
        }

        output.AddRange(chain);
    }

    /// <summary>Whether the end of <paramref name="section"/>'s statements can be reached (it would run into the next section).</summary>
    private static bool FallsThrough(ISwitchCaseOperation section) =>
        section.Syntax is SwitchSectionSyntax { Statements: { Count: > 0 } statements } && section.SemanticModel is { } model &&
        model.AnalyzeControlFlow(statements[0], statements[statements.Count - 1]) is { Succeeded: true, EndPointIsReachable: true };
}
