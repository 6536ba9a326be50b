using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Divide and conquer over a sequence parameter: <c>Peak(s) =&gt; s.Length == 1 ? s[0] : Math.Max(Peak(s[..h]),
/// Peak(s[h..]))</c>, a pairwise sum <c>s.Length switch { 0 =&gt; 0f, 1 =&gt; s[0], _ =&gt; F(s[..m]) + F(s[m..]) }</c>,
/// or the block spelling with locals (<c>int half = …; double left = Peak(s[..half]); … return left &gt;= right ? left :
/// right;</c>). Invariant: <c>s[..m]</c> and <c>s[m..]</c> (or <c>s.Slice(0, m)</c> and <c>s.Slice(m)</c>) partition
/// <c>s</c> whatever <c>m</c> is, so when the one-element case returns that element (<c>s[0]</c>) and the empty case (if
/// any) the fold's identity, the helper computes the same max or sum as a walk over every element of <c>s</c>: it is read
/// as a <see cref="RecursiveWalk.Rest"/> fold with <c>s[0]</c> as the element (the inliner writes <c>foreach</c> over the
/// argument). A max starts from the first element (max is idempotent); a sum needs its zero written in the helper (an
/// empty case). Any other base (a leaf loop, two elements) is not read.
/// </summary>
internal sealed partial class RecursiveFold
{
    private sealed partial class Reader
    {
        /// <summary>At most how many locals are followed from the step to the recursive calls.</summary>
        private const int MaxLocalHops = 8;

        /// <summary>The halving fold the body computes (see the type's remarks); null for any other body.</summary>
        public RecursiveFold? Halves(ExpressionSyntax? expression, BlockSyntax? block)
        {
            var bases = new List<(ExpressionSyntax? Condition, bool Holds, ExpressionSyntax Value)>();
            var locals = new Dictionary<ILocalSymbol, ExpressionSyntax>(SymbolEqualityComparer.Default);
            ExpressionSyntax? step;
            if (expression is not null)
            {
                step = ExpressionCases(expression, bases);
            }
            else if (block is not null)
            {
                step = BlockCases(block, bases, locals);
            }
            else
            {
                return null;
            }

            if (step is null || bases.Count == 0 || Writes(step) || bases.Any(entry => RecursiveCalls(entry.Value).Any() || Writes(entry.Value) || entry.Condition is not null && Writes(entry.Condition)))
            {
                return null;
            }

            // The step: two recursive calls, one on each half of the same sequence parameter (or index range), combined.
            if (HalvesCombination(step, locals) is not var (combine, maxFunction, first, second))
            {
                return null;
            }

            if (SplitSequence(first, second, locals) is not { } sequence)
            {
                return SplitRange(first, second, locals) is var (low, high, highRead, inclusive)
                    ? RangeHalves(bases, locals, combine, maxFunction, low, high, highRead, inclusive)
                    : null;
            }

            ExpressionSyntax? head = null;
            ExpressionSyntax? seed = null;
            foreach (var (condition, holds, value) in bases)
            {
                var returned = Resolve(value, locals);
                if (condition is null)
                {
                    // s.Length switch { 0 => seed, 1 => s[0], … }: the arm's length, and the switch must be over this sequence.
                    var arm = (SwitchExpressionArmSyntax)value.Parent!;
                    var switched = (SwitchExpressionSyntax)arm.Parent!;
                    var armLength = arm.Pattern is ConstantPatternSyntax { Expression: LiteralExpressionSyntax { Token.Value: int length } } ? length : -1;
                    if (switched.GoverningExpression is not MemberAccessExpressionSyntax governing || !IsParameter(governing.Expression, sequence))
                    {
                        return null;
                    }

                    if (armLength == 1 && HeadReadOf(returned, sequence) is { } armRead && ReferenceEquals(armRead, Unparenthesised(returned)))
                    {
                        head ??= armRead;
                    }
                    else if (armLength == 0 && IsIdentity(returned, combine))
                    {
                        seed ??= returned;
                    }
                    else
                    {
                        return null;
                    }

                    continue;
                }

                if (IsLengthAtMostOne(condition, sequence, holds) && HeadReadOf(returned, sequence) is { } read && ReferenceEquals(read, Unparenthesised(returned)))
                {
                    head ??= read;
                }
                else if (IsEmptyTest(condition, sequence, holds) && IsIdentity(returned, combine))
                {
                    seed ??= returned;
                }
                else
                {
                    return null;
                }
            }

            if (head is null || combine == RecursiveCombine.Sum && seed is null)
            {
                return null;
            }

            var fold = new RecursiveFold(_method, RecursiveWalk.Rest, sequence.Ordinal, combine, head) { MaxFunction = maxFunction, HeadRead = head, CoversArgument = true };
            if (combine == RecursiveCombine.Sum)
            {
                fold.Seed = seed;
            }
            else
            {
                // Max is idempotent: starting from s[0] and walking every element is the max.
                fold.SeededWithFirst = true;
            }

            return fold;
        }

        /// <summary>
        /// The base cases (condition, whether it holds, value) of a conditional chain <c>c1 ? b1 : c2 ? b2 : step</c> (either
        /// branch the step) or of a switch on <c>s.Length</c> with constant arms and a last discard arm; the step, else null.
        /// </summary>
        private ExpressionSyntax? ExpressionCases(ExpressionSyntax expression, List<(ExpressionSyntax?, bool, ExpressionSyntax)> bases)
        {
            for (var hops = 0; hops < MaxLocalHops; hops++)
            {
                switch (Unparenthesised(expression))
                {
                    case ConditionalExpressionSyntax conditional when !RecursiveCalls(conditional.Condition).Any():
                        var trueRecurses = RecursiveCalls(conditional.WhenTrue).Any();
                        if (trueRecurses == RecursiveCalls(conditional.WhenFalse).Any())
                        {
                            return null;
                        }

                        bases.Add((conditional.Condition, !trueRecurses, trueRecurses ? conditional.WhenFalse : conditional.WhenTrue));
                        expression = trueRecurses ? conditional.WhenTrue : conditional.WhenFalse;
                        continue;
                    case SwitchExpressionSyntax switched:
                        return SwitchCases(switched, bases);
                    case var other:
                        return other;
                }
            }

            return null;
        }

        /// <summary><c>s.Length switch { 0 =&gt; seed, 1 =&gt; s[0], _ =&gt; step }</c>: each constant arm a base case (as <c>s.Length == k</c>).</summary>
        private ExpressionSyntax? SwitchCases(SwitchExpressionSyntax switched, List<(ExpressionSyntax?, bool, ExpressionSyntax)> bases)
        {
            if (switched.GoverningExpression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } || switched.Arms.Count < 2
                || switched.Arms.Last() is not { Pattern: DiscardPatternSyntax, WhenClause: null } last)
            {
                return null;
            }

            foreach (var arm in switched.Arms.Take(switched.Arms.Count - 1))
            {
                if (arm is not { WhenClause: null, Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax literal } })
                {
                    return null;
                }

                // The arm is the case s.Length == k: a switch arm has no condition node, so it is kept as the arm's pattern.
                bases.Add((null, true, arm.Expression));
            }

            return last.Expression;
        }

        /// <summary>
        /// <c>if (c) return b;</c> statements (base cases), local declarations (followed later), and a last <c>return step;</c>;
        /// the step, else null.
        /// </summary>
        private ExpressionSyntax? BlockCases(BlockSyntax block, List<(ExpressionSyntax?, bool, ExpressionSyntax)> bases, Dictionary<ILocalSymbol, ExpressionSyntax> locals)
        {
            if (block.Statements.Count < 2 || block.Statements.Last() is not ReturnStatementSyntax { Expression: { } step })
            {
                return null;
            }

            foreach (var statement in block.Statements.Take(block.Statements.Count - 1))
            {
                switch (statement)
                {
                    case IfStatementSyntax { Else: null } test when BodySyntax.ReturnedValue(test.Statement) is { } value && !RecursiveCalls(test.Condition).Any():
                        bases.Add((test.Condition, true, value));
                        break;
                    case LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: { } initializer } variable] } declaration
                        when !declaration.UsingKeyword.IsKind(SyntaxKind.UsingKeyword) && declaration.Declaration.Type is not RefTypeSyntax && !Writes(initializer)
                            && _model.GetDeclaredSymbol(variable, _cancellationToken) is ILocalSymbol local:
                        locals[local] = initializer;
                        break;
                    default:
                        return null;
                }
            }

            return step;
        }

        /// <summary><paramref name="expression"/> past the once-declared locals it names (<c>left</c> → <c>Peak(s[..half])</c>).</summary>
        private ExpressionSyntax Resolve(ExpressionSyntax expression, Dictionary<ILocalSymbol, ExpressionSyntax> locals)
        {
            expression = Unparenthesised(expression);
            for (var hops = 0; hops < MaxLocalHops && expression is IdentifierNameSyntax name && locals.Count > 0
                && _model.GetSymbolInfo(name, _cancellationToken).Symbol is ILocalSymbol local && locals.TryGetValue(local, out var value); hops++)
            {
                expression = Unparenthesised(value);
            }

            return expression;
        }

        /// <summary><c>F(a) + F(b)</c>, <c>Max(F(a), F(b))</c> or a ternary max of the two (through locals): the two calls, else null.</summary>
        private (RecursiveCombine Combine, ExpressionSyntax? MaxFunction, InvocationExpressionSyntax First, InvocationExpressionSyntax Second)? HalvesCombination(ExpressionSyntax step, Dictionary<ILocalSymbol, ExpressionSyntax> locals)
        {
            InvocationExpressionSyntax? Call(ExpressionSyntax operand) => Resolve(operand, locals) is InvocationExpressionSyntax call && IsRecursiveCall(call) ? call : null;

            switch (Unparenthesised(step))
            {
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add when Call(add.Left) is { } left && Call(add.Right) is { } right:
                    return (RecursiveCombine.Sum, null, left, right);
                case InvocationExpressionSyntax { ArgumentList.Arguments: [{ RefKindKeyword.RawKind: 0, NameColon: null } first, { RefKindKeyword.RawKind: 0, NameColon: null } second] } max
                    when IsMaxFunction(max) && Call(first.Expression) is { } left && Call(second.Expression) is { } right:
                    return (RecursiveCombine.MaxCall, max.Expression, left, right);
                case ConditionalExpressionSyntax { Condition: BinaryExpressionSyntax comparison } ternary
                    when PicksLarger(comparison, ternary.WhenTrue, ternary.WhenFalse) && Call(ternary.WhenTrue) is { } left && Call(ternary.WhenFalse) is { } right:
                    return (RecursiveCombine.TernaryMax, null, left, right);
                default:
                    return null;
            }
        }

        /// <summary>
        /// The sequence parameter the two calls split: one passes <c>s[..m]</c> (<c>s.Slice(0, m)</c>), the other <c>s[m..]</c>
        /// (<c>s.Slice(m)</c>) with the same <c>m</c>, and every other argument is its own parameter; else null.
        /// </summary>
        private IParameterSymbol? SplitSequence(InvocationExpressionSyntax first, InvocationExpressionSyntax second, Dictionary<ILocalSymbol, ExpressionSyntax> locals)
        {
            IParameterSymbol? sequence = null;
            ExpressionSyntax? lowerEnd = null;
            ExpressionSyntax? upperStart = null;
            for (var index = 0; index < _method.Parameters.Length; index++)
            {
                var a = Unparenthesised(first.ArgumentList.Arguments[index].Expression);
                var b = Unparenthesised(second.ArgumentList.Arguments[index].Expression);
                if (Parameter(a) is { } same && same.Ordinal == index && Parameter(b) is { } other && other.Ordinal == index)
                {
                    continue;
                }

                var parameter = _method.Parameters[index];
                if (sequence is not null || !IsSequence(parameter.Type))
                {
                    return null;
                }

                (lowerEnd, upperStart) = (SplitPart(a, parameter, lower: true), SplitPart(b, parameter, lower: false));
                if (lowerEnd is null || upperStart is null)
                {
                    (lowerEnd, upperStart) = (SplitPart(b, parameter, lower: true), SplitPart(a, parameter, lower: false));
                }

                if (lowerEnd is null || upperStart is null || RecursiveCalls(lowerEnd).Any())
                {
                    return null;
                }

                sequence = parameter;
            }

            if (sequence is null || lowerEnd is null || upperStart is null)
            {
                return null;
            }

            // The same split point, written alike or through the same local.
            return SyntaxFactory.AreEquivalent(Resolve(lowerEnd, locals), Resolve(upperStart, locals)) ? sequence : null;
        }

        /// <summary>The split point <c>m</c> of <c>s[..m]</c> / <c>s.Slice(0, m)</c> (<paramref name="lower"/>) or of <c>s[m..]</c> / <c>s.Slice(m)</c>.</summary>
        private ExpressionSyntax? SplitPart(ExpressionSyntax argument, IParameterSymbol sequence, bool lower)
        {
            switch (argument)
            {
                case ElementAccessExpressionSyntax { ArgumentList.Arguments: [{ Expression: RangeExpressionSyntax range }] } element when IsParameter(element.Expression, sequence):
                    return lower
                        ? range.LeftOperand is null && range.RightOperand is { } end && !IsFromEnd(end) ? end : null
                        : range.RightOperand is null && range.LeftOperand is { } start && !IsFromEnd(start) ? start : null;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Slice" } slice, ArgumentList.Arguments: var arguments }
                    when IsParameter(slice.Expression, sequence):
                    return lower
                        ? arguments is [{ Expression: LiteralExpressionSyntax { Token.Value: 0 } }, { Expression: var length }] ? length : null
                        : arguments is [{ Expression: var sliceStart }] ? sliceStart : null;
                default:
                    return null;
            }
        }

        private static bool IsFromEnd(ExpressionSyntax index) => index is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.IndexExpression };

        /// <summary>
        /// True when <paramref name="condition"/> (<paramref name="holds"/>) says the sequence has at most one element:
        /// <c>s.Length == 1</c>, <c>&lt;= 1</c>, <c>&lt; 2</c>, or false of <c>s.Length &gt; 1</c>, <c>&gt;= 2</c>, <c>!= 1</c>.
        /// </summary>
        private bool IsLengthAtMostOne(ExpressionSyntax condition, IParameterSymbol sequence, bool holds)
        {
            if (Unparenthesised(condition) is not BinaryExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } length, Right: LiteralExpressionSyntax { Token.Value: int literal } } comparison
                || !IsParameter(length.Expression, sequence))
            {
                return false;
            }

            return (holds, comparison.Kind(), literal) switch
            {
                (true, SyntaxKind.EqualsExpression, 1) or (true, SyntaxKind.LessThanOrEqualExpression, 1) or (true, SyntaxKind.LessThanExpression, 2) => true,
                (false, SyntaxKind.GreaterThanExpression, 1) or (false, SyntaxKind.GreaterThanOrEqualExpression, 2) or (false, SyntaxKind.NotEqualsExpression, 1) => true,
                _ => false,
            };
        }

        /// <summary>The fold's identity: zero for a sum; negative infinity or the type's minimum for a max.</summary>
        private bool IsIdentity(ExpressionSyntax value, RecursiveCombine combine)
        {
            var constant = _model.GetConstantValue(value, _cancellationToken);
            if (!constant.HasValue || constant.Value is not (double or float or int or long or short or sbyte or decimal))
            {
                return false;
            }

            var number = System.Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
            return combine == RecursiveCombine.Sum ? number == 0 : number <= float.MinValue;
        }
    }
}
