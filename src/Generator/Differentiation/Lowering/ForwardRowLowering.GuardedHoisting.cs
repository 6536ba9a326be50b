// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// A helper with statements runs before the statement that calls it (ForwardRowLowering.HelperStatements.cs). Where
/// such a call may not run — a branch of <c>?:</c>, an arm of a switch expression, the right operand of <c>&amp;&amp;</c>
/// or <c>||</c> — the whole choice is hoisted instead, as C# evaluates it: <c>c ? F(a) : G(b)</c> becomes
/// <c>if (c) t = F(a); else t = G(b);</c> before the statement, each branch lowered with its own hoisted statements
/// (so a helper runs only on the path that calls it), and the statement reads <c>t</c> (a real or an int); <c>l &amp;&amp; r</c> becomes
/// <c>t = 0; if (l) t = r;</c> (<c>||</c>: <c>t = 1; if (!l) t = r;</c>) and the statement tests <c>t != 0</c>. The
/// condition is evaluated once, before the branches, as in C#. A <c>when</c> guard of a switch expression's arm that
/// calls such a helper makes the arm choice itself hoisted (<see cref="HoistedArmChoice"/>). Expressions of the subset
/// write nothing but hoisted locals, so evaluating the choice before the rest of its statement reads the same values.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>True when lowering <paramref name="operation"/> hoists statements (a helper with statements is called in it) and they can be hoisted here.</summary>
    private bool NeedsGuardedHoisting(IOperation operation) => _context is not null && _conditionalDepth == 0 && HoistsStatements(operation, 0);

    /// <summary>True when <paramref name="operation"/> calls a helper with statements (directly or through expression helpers).</summary>
    private bool HoistsStatements(IOperation operation, int depth) => operation.DescendantsAndSelf().OfType<IInvocationOperation>().Any(call =>
        (call.TargetMethod.MethodKind == MethodKind.LocalFunction || !call.TargetMethod.DeclaringSyntaxReferences.IsEmpty) &&
        InlineBlocker(call.TargetMethod, out IBlockOperation? body) == string.Empty && body is not null &&
        (!IsExpressionHelper(body) || (depth < MaxInlineDepth && HoistsStatements(body, depth + 1))));

    /// <summary>
    /// The choice <c>c₀ ? v₀ : c₁ ? v₁ : … : vₙ</c> as an if/else-if chain before the statement assigning a fresh local —
    /// a real of <paramref name="type"/>, or an int when it is null — which the expression then reads (a
    /// <see cref="RealLocal"/> or <see cref="IntMutable"/>); null (reported) when a part is outside the subset.
    /// </summary>
    private object? HoistedChoice(string source, IReadOnlyList<Condition?> conditions, IReadOnlyList<Func<object?>> values, RealType? type)
    {
        int result = type is { } real ? NewRealLocal("choice", real) : NewMutableInt("choice");
        var branches = new List<EquatableArray<Statement>?>();
        foreach (Func<object?> value in values)
        {
            branches.Add(BranchAssigning(result, type, source, value));
        }

        if (conditions.Any(c => c is null) || branches.Any(b => b is null))
        {
            return null;
        }

        EquatableArray<Statement> chain = branches[branches.Count - 1]!.Value;
        for (int i = conditions.Count - 1; i >= 0; i--)
        {
            chain = new EquatableArray<Statement>([new IfStatement(source, conditions[i]!, branches[i]!.Value, chain)]);
        }

        _context!.Before.AddRange(chain);
        return type is { } realType ? new RealLocal(realType, result) : new IntMutable(result);
    }

    /// <summary><c>left &amp;&amp; right</c> or <c>left || right</c> whose right operand hoists statements: a 1/0 local set on the path that evaluates it.</summary>
    private Condition? HoistedLogical(IBinaryOperation logical, bool isAnd)
    {
        Condition? left = Condition(logical.LeftOperand);
        return HoistedFlag(Text(logical.Syntax), left is null ? null : isAnd ? left : new Not(left), () => Condition(logical.RightOperand), otherwise: !isAnd);
    }

    /// <summary>
    /// A 1/0 local holding <paramref name="onPath"/> where <paramref name="path"/> holds (its helpers' statements run only
    /// there) and <paramref name="otherwise"/> elsewhere, hoisted before the statement; the condition tests it.
    /// </summary>
    private Condition? HoistedFlag(string source, Condition? path, Func<Condition?> onPath, bool otherwise)
    {
        RealExpr shortCircuit = new RealConstant(_elementType, otherwise ? 1 : 0);
        Func<object?> value = () => onPath() is { } evaluated ? AsReal(evaluated) : null;
        return HoistedChoice(source, [path], [value, () => shortCircuit], _elementType) is RealLocal flag
            ? new RealCompare(CompareOperator.NotEqual, flag, new RealConstant(_elementType, 0))
            : null;
    }

    /// <summary>
    /// The arms of a switch expression one of whose <c>when</c> guards calls a helper with statements: the arm is chosen
    /// first, by an if/else-if chain before the statement into a fresh int local, each guard evaluated (with its helpers'
    /// statements) only where C# evaluates it — its pattern matched and no earlier arm did; the arms then test that
    /// local (<c>arm == i</c>, the last one always).
    /// </summary>
    private List<SwitchArm>? HoistedArmChoice(ISwitchExpressionOperation switchExpression, SwitchInput input)
    {
        ImmutableArray<ISwitchExpressionArmOperation> arms = switchExpression.Arms;
        string source = Text(switchExpression.Syntax);
        int chosen = NewMutableInt("arm");
        Statement Choose(int arm) => new IntAssign(source, chosen, new IntConstant(arm), IsDeclaration: true);
        var chain = new EquatableArray<Statement>([Choose(arms.Length - 1)]);
        for (int i = arms.Length - 2; i >= 0; i--)
        {
            var output = new List<Statement>();
            bool lowered = false;
            EquatableArray<Statement> otherwise = chain;
            ISwitchExpressionArmOperation arm = arms[i];
            int index = i;
            LowerInContext(output, null, allowsAfter: false, produced =>
            {
                if (GuardedArmCondition(arm, input, source) is { } condition)
                {
                    produced.Add(new IfStatement(source, condition, new EquatableArray<Statement>([Choose(index)]), otherwise));
                    lowered = true;
                }
            });
            if (!lowered)
            {
                return null;
            }

            chain = new EquatableArray<Statement>(output.ToImmutableArray());
        }

        _context!.Before.AddRange(chain);
        return arms.Select((arm, i) => new SwitchArm(
            i == arms.Length - 1 ? new BoolConstant(true) : new IntCompare(CompareOperator.Equal, new IntMutable(chosen), new IntConstant(i)),
            arm.Value)).ToList();
    }

    /// <summary>An arm's pattern and guard; a guard that hoists statements sets a 1/0 flag on the path where the pattern matched (as <c>&amp;&amp;</c>).</summary>
    private Condition? GuardedArmCondition(ISwitchExpressionArmOperation arm, SwitchInput input, string source)
    {
        if (arm.Guard is not { } guard || !HoistsStatements(guard, 0))
        {
            return ArmCondition(arm.Pattern, arm.Guard, input);
        }

        Condition? matches = PatternCondition(arm.Pattern, input);
        return matches is BoolConstant { Value: true }
            ? Condition(guard) // '_ when …': the guard runs wherever the arm is reached, its statements in that branch
            : HoistedFlag(source, matches, () => Condition(guard), otherwise: false);
    }

    /// <summary>Lowers one branch's value in a context of its own (its helpers' statements stay in the branch) and assigns it to the result.</summary>
    private EquatableArray<Statement>? BranchAssigning(int result, RealType? type, string source, Func<object?> value)
    {
        var output = new List<Statement>();
        bool lowered = false;
        LowerInContext(output, null, allowsAfter: false, produced =>
        {
            Statement? assignment = (value(), type) switch
            {
                (RealExpr real, { } realType) => new AssignLocal(source, result, Coerce(real, realType), IsDeclaration: true),
                (IntExpr integer, null) => new IntAssign(source, result, integer, IsDeclaration: true),
                _ => null,
            };
            if (assignment is not null)
            {
                produced.Add(assignment);
                lowered = true;
            }
        });
        return lowered ? new EquatableArray<Statement>(output.ToImmutableArray()) : null;
    }
}
