using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>How a <see cref="RecursiveFold"/> walks its sequence.</summary>
internal enum RecursiveWalk
{
    /// <summary>Over an index parameter, <c>F(x, j) =&gt; j == n ? … : … F(x, j + step)</c>.</summary>
    Index,

    /// <summary>Over the rest of a sequence parameter: a list pattern's <c>.. var rest</c>, <c>s[1..]</c> or <c>s.Slice(1)</c>.</summary>
    Rest,
}

/// <summary>How a <see cref="RecursiveFold"/> combines one element with the fold of the rest.</summary>
internal enum RecursiveCombine
{
    /// <summary><c>e + F(rest)</c> (or <c>F(rest, acc + e)</c>).</summary>
    Sum,

    /// <summary><c>Math.Max(e, F(rest))</c>, <c>MathF.Max</c>, <c>double.Max</c>, … (or the accumulator spelling).</summary>
    MaxCall,

    /// <summary><c>e &gt; F(rest) ? e : F(rest)</c> and the other spellings of a ternary max.</summary>
    TernaryMax,
}

/// <summary>
/// A self-recursive helper (a method or a local function, expression- or block-bodied) read as the fold it computes:
/// the base case (a conditional, an <c>if (…) return …;</c>, or the empty arm of a list-pattern switch) ends the walk,
/// and the recursive step combines ONE element with the recursive call over the rest of the same sequence (index plus a
/// step, a list pattern's rest, <c>s[1..]</c>, <c>s.Slice(1)</c>), with <c>+</c> (a sum) or a max (<c>Math.Max</c>,
/// a ternary), directly or through an accumulator parameter (<c>F(s, i + 1, acc + s[i])</c>). Every other parameter is
/// passed on unchanged. The helper then returns exactly what the loop <c>acc = seed; for (k = start; k &lt; bound; k +=
/// step) acc = combine(acc, element(k));</c> returns (sum and max reordered, as every fold reading does), which the
/// inliner writes in its place (HelperInliner.RecursiveFolds.cs). A sequence split in two halves that are folded and
/// combined is read as the same fold over the whole sequence (RecursiveFold.Halves.cs). Any other recursion is not read
/// (null): no guess.
/// </summary>
internal sealed partial class RecursiveFold
{
    private RecursiveFold(IMethodSymbol method, RecursiveWalk walk, int walked, RecursiveCombine combine, ExpressionSyntax element)
    {
        Method = method;
        Walk = walk;
        Walked = walked;
        Combine = combine;
        Element = element;
    }

    /// <summary>The recursive helper.</summary>
    public IMethodSymbol Method { get; }

    /// <summary>Whether the walk is over an index or over the rest of a sequence.</summary>
    public RecursiveWalk Walk { get; }

    /// <summary>The ordinal of the walked parameter: the index, or the sequence.</summary>
    public int Walked { get; }

    /// <summary>How one element is combined with the rest's fold.</summary>
    public RecursiveCombine Combine { get; }

    /// <summary>The element the step folds, in the helper's syntax (it reads the index, or the head of the sequence).</summary>
    public ExpressionSyntax Element { get; }

    /// <summary>The max function of a <see cref="RecursiveCombine.MaxCall"/> (<c>MathF.Max</c>), as the helper writes it.</summary>
    public ExpressionSyntax? MaxFunction { get; private set; }

    /// <summary>The value of the base case (the empty fold's seed); null when it is the accumulator or the seeded first element.</summary>
    public ExpressionSyntax? Seed { get; private set; }

    /// <summary>The ordinal of the accumulator parameter (<c>F(s, i + 1, acc + s[i])</c>); -1 when the step combines with the call's value.</summary>
    public int Accumulator { get; private set; } = -1;

    /// <summary>
    /// True when the base case returns the element at the index where the walk stops (<c>j == n - 1 ? x[j] : Math.Max(x[j],
    /// F(x, j + 1))</c>): the fold starts from the first element and includes the last.
    /// </summary>
    public bool SeededWithFirst { get; private set; }

    /// <summary>
    /// True for a divide-and-conquer fold (RecursiveFold.Halves.cs): it folds exactly the sequence the outermost call
    /// passes, so a too-wide extent is the call's choice and is reported there.
    /// </summary>
    public bool CoversArgument { get; private set; }

    /// <summary>For an index walk: the index's step (null for 1), in the helper's syntax.</summary>
    public ExpressionSyntax? Step { get; private set; }

    /// <summary>For an index walk: the bound the index stays below (or at, <see cref="BoundIsInclusive"/>), in the helper's syntax.</summary>
    public ExpressionSyntax? Bound { get; private set; }

    /// <summary>True when the walk includes the bound (<c>k &lt;= bound</c>).</summary>
    public bool BoundIsInclusive { get; private set; }

    /// <summary>For a rest walk: the node that reads the head (<c>s[0]</c>), replaced by the loop variable; null for a list pattern's head variable.</summary>
    public ExpressionSyntax? HeadRead { get; private set; }

    /// <summary>For a list-pattern walk: the head variable's name (<c>first</c> in <c>[var first, .. var rest]</c>).</summary>
    public string? HeadName { get; private set; }

    /// <summary>The fold <paramref name="declaration"/> (of <paramref name="method"/>) computes; null for any other body.</summary>
    public static RecursiveFold? Read(IMethodSymbol method, SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        if (method is not { IsGenericMethod: false, IsAsync: false, ReturnsVoid: false, ReturnsByRef: false, ReturnsByRefReadonly: false }
            || !WellKnownSymbols.IsNumeric(method.ReturnType) || method.Parameters.Any(parameter => parameter.IsParams || parameter.RefKind != RefKind.None)
            || declaration.DescendantNodes().Skip(HelperShape.MaxNodes).Any())
        {
            return null;
        }

        var (expressionBody, block) = declaration switch
        {
            MethodDeclarationSyntax declared => (declared.ExpressionBody?.Expression, declared.Body),
            LocalFunctionStatementSyntax local => (local.ExpressionBody?.Expression, local.Body),
            _ => (null, null),
        };
        var reader = new Reader(method, model, cancellationToken);
        try
        {
            return reader.Body(expressionBody, block) ?? reader.Halves(expressionBody, block);
        }
        catch (System.InvalidCastException)
        {
            // A node of an unexpected kind in broken code: no reading.
            return null;
        }
    }

    /// <summary>The reading of one helper's body.</summary>
    private sealed partial class Reader
    {
        private readonly IMethodSymbol _method;
        private readonly SemanticModel _model;
        private readonly CancellationToken _cancellationToken;

        public Reader(IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
        {
            _method = method;
            _model = model;
            _cancellationToken = cancellationToken;
        }

        public RecursiveFold? Body(ExpressionSyntax? expression, BlockSyntax? block)
        {
            if (expression is not null)
            {
                return Expression(expression);
            }

            if (block is not null && Memoised(block) is { } computed)
            {
                return Expression(computed);
            }

            switch (block?.Statements)
            {
                case [ReturnStatementSyntax { Expression: { } returned }]:
                    return Expression(returned);
                case [IfStatementSyntax { Else: null } test, ReturnStatementSyntax { Expression: { } otherwise }] when BodySyntax.ReturnedValue(test.Statement) is { } taken:
                    return Branches(test.Condition, taken, otherwise);
                case [IfStatementSyntax { Else.Statement: var elseStatement } test] when BodySyntax.ReturnedValue(test.Statement) is { } taken && BodySyntax.ReturnedValue(elseStatement) is { } otherwise:
                    return Branches(test.Condition, taken, otherwise);
                default:
                    return null;
            }
        }

        private RecursiveFold? Expression(ExpressionSyntax expression)
        {
            switch (Unparenthesised(expression))
            {
                case ConditionalExpressionSyntax conditional:
                    return Branches(conditional.Condition, conditional.WhenTrue, conditional.WhenFalse);
                case SwitchExpressionSyntax switched:
                    return ListPatterns(switched);
                default:
                    return null;
            }
        }

        /// <summary><c>condition ? whenTrue : whenFalse</c> (or its <c>if</c> spelling), one branch the base case.</summary>
        private RecursiveFold? Branches(ExpressionSyntax condition, ExpressionSyntax whenTrue, ExpressionSyntax whenFalse)
        {
            var trueRecurses = RecursiveCalls(whenTrue).Any();
            var falseRecurses = RecursiveCalls(whenFalse).Any();
            if (trueRecurses == falseRecurses || RecursiveCalls(condition).Any())
            {
                return null;
            }

            var (baseCase, step) = trueRecurses ? (whenFalse, whenTrue) : (whenTrue, whenFalse);
            if (Step(step) is not var (combine, element, maxFunction, call, accumulator))
            {
                return null;
            }

            var advance = Advance(call, accumulator, restVariable: null);
            if (advance is not var (walk, walked, stepValue, descending))
            {
                return null;
            }

            var fold = new RecursiveFold(_method, walk, walked, combine, element) { MaxFunction = maxFunction, Accumulator = accumulator, Step = stepValue, Descending = descending };
            var walkedParameter = _method.Parameters[walked];
            if (walk == RecursiveWalk.Index)
            {
                // The condition in terms of the walk: where it stops (the base case) or where it goes on.
                if (IndexBound(condition, walkedParameter, stops: trueRecurses ? false : true, descending) is not var (bound, inclusive))
                {
                    return null;
                }

                fold.Bound = bound;
                fold.BoundIsInclusive = inclusive;
            }
            else if (!IsEmptyTest(condition, walkedParameter, empty: !trueRecurses)
                || HeadReadOf(element, walkedParameter) is not { } head)
            {
                return null;
            }
            else
            {
                fold.HeadRead = head;
            }

            return WithBase(fold, baseCase, walkedParameter) ? fold : null;
        }

        /// <summary><c>s switch { [] =&gt; seed, [var head, .. var rest] =&gt; step }</c> over a sequence parameter.</summary>
        private RecursiveFold? ListPatterns(SwitchExpressionSyntax switched)
        {
            if (Parameter(switched.GoverningExpression) is not { } sequence || switched.Arms.Count != 2
                || switched.Arms.Any(arm => arm.WhenClause is not null))
            {
                return null;
            }

            var empty = switched.Arms.FirstOrDefault(arm => arm.Pattern is ListPatternSyntax { Patterns.Count: 0, Designation: null });
            var split = switched.Arms.FirstOrDefault(arm => arm.Pattern is ListPatternSyntax { Patterns.Count: 2, Designation: null });
            if (empty is null || split is null || split.Pattern is not ListPatternSyntax { Patterns: [var headPattern, SlicePatternSyntax { Pattern: { } restPattern }] }
                || Designated(headPattern) is not { } head || Designated(restPattern) is not { } rest
                || Step(split.Expression) is not var (combine, element, maxFunction, call, accumulator)
                || Advance(call, accumulator, rest) is not (RecursiveWalk.Rest, var walked, _, _) || walked != sequence.Ordinal)
            {
                return null;
            }

            // The element may read the head only: not the sequence, nor its rest (they change at every step).
            if (Reads(element, rest) || Reads(element, sequence))
            {
                return null;
            }

            var fold = new RecursiveFold(_method, RecursiveWalk.Rest, walked, combine, element) { MaxFunction = maxFunction, Accumulator = accumulator, HeadName = head.Name };
            return WithBase(fold, empty.Expression, sequence) && !Reads(empty.Expression, head) && !Reads(empty.Expression, rest) ? fold : null;
        }

        /// <summary>The local a <c>var x</c> or <c>T x</c> pattern declares; null for any other pattern.</summary>
        private ILocalSymbol? Designated(PatternSyntax pattern)
        {
            var designation = pattern switch
            {
                VarPatternSyntax { Designation: SingleVariableDesignationSyntax single } => single,
                DeclarationPatternSyntax { Designation: SingleVariableDesignationSyntax single } => single,
                _ => null,
            };
            return designation is null ? null : _model.GetDeclaredSymbol(designation, _cancellationToken) as ILocalSymbol;
        }

        /// <summary>Checks the base case and records its seed: true when it is one the fold reads.</summary>
        private bool WithBase(RecursiveFold fold, ExpressionSyntax baseCase, IParameterSymbol walked)
        {
            if (RecursiveCalls(baseCase).Any() || Writes(baseCase))
            {
                return false;
            }

            if (fold.Accumulator >= 0)
            {
                // F(s, i, acc) => i == n ? acc : F(s, i + 1, acc + s[i]): the base returns the accumulator itself.
                return Parameter(baseCase) is { } returned && returned.Ordinal == fold.Accumulator;
            }

            if (fold.Walk == RecursiveWalk.Index && fold.Bound is { } stop && IsElementAt(baseCase, fold.Element, walked, stop) && !fold.BoundIsInclusive)
            {
                // j == n - 1 ? x[j] : Math.Max(x[j], F(x, j + 1)) (or x[n - 1]; i == 0 ? x[0] : Math.Max(F(x, i - 1), x[i])
                // downwards): the element where the walk stops is the seed, so the fold includes the bound.
                fold.SeededWithFirst = true;
                fold.BoundIsInclusive = true;
                return true;
            }

            if (Reads(baseCase, walked))
            {
                return false;
            }

            fold.Seed = baseCase;
            return true;
        }

        /// <summary>
        /// The combination of one element with the recursive call (<c>e + F(…)</c>, <c>Math.Max(e, F(…))</c>, a ternary
        /// max), or the recursive call itself with its accumulator argument combining one (<c>F(…, acc + e)</c>).
        /// </summary>
        private (RecursiveCombine Combine, ExpressionSyntax Element, ExpressionSyntax? MaxFunction, InvocationExpressionSyntax Call, int Accumulator)? Step(ExpressionSyntax step)
        {
            step = Unparenthesised(step);
            if (IsRecursiveCall(step))
            {
                // Accumulator passing: exactly one argument combines its own parameter with an element.
                var call = (InvocationExpressionSyntax)step;
                (RecursiveCombine, ExpressionSyntax, ExpressionSyntax?, InvocationExpressionSyntax, int)? found = null;
                for (var index = 0; index < call.ArgumentList.Arguments.Count; index++)
                {
                    var parameter = _method.Parameters[index];
                    if (!SymbolEqualityComparer.Default.Equals(parameter.Type, _method.ReturnType)
                        || Combination(call.ArgumentList.Arguments[index].Expression, operand => Parameter(operand) is { } read && read.Ordinal == index) is not var (combine, element, maxFunction))
                    {
                        continue;
                    }

                    if (found is not null || Reads(element, parameter) || RecursiveCalls(element).Any())
                    {
                        return null;
                    }

                    found = (combine, element, maxFunction, call, index);
                }

                return found;
            }

            if (Combination(step, IsRecursiveCall) is not var (kind, one, max) || RecursiveCalls(one).Any()
                || step.DescendantNodes().OfType<InvocationExpressionSyntax>().Where(IsRecursiveCall).ToList() is not [var recursive, ..] cases
                || cases.Any(other => !SyntaxFactory.AreEquivalent(other, recursive)))
            {
                return null;
            }

            return (kind, one, max, recursive, -1);
        }

        /// <summary>
        /// <c>a + b</c>, <c>Max(a, b)</c> or a ternary max of <c>a</c> and <c>b</c>, one operand matching
        /// <paramref name="isFolded"/> (the rest's fold or the accumulator): the other operand is the element.
        /// </summary>
        private (RecursiveCombine Combine, ExpressionSyntax Element, ExpressionSyntax? MaxFunction)? Combination(ExpressionSyntax expression, System.Func<ExpressionSyntax, bool> isFolded)
        {
            ExpressionSyntax? Other(ExpressionSyntax left, ExpressionSyntax right) =>
                isFolded(Unparenthesised(left)) && !isFolded(Unparenthesised(right)) ? right
                : isFolded(Unparenthesised(right)) && !isFolded(Unparenthesised(left)) ? left
                : null;

            switch (Unparenthesised(expression))
            {
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add when Other(add.Left, add.Right) is { } element && !ElementWrites(element):
                    return (RecursiveCombine.Sum, element, null);
                case InvocationExpressionSyntax { ArgumentList.Arguments: [{ RefKindKeyword.RawKind: 0, NameColon: null } first, { RefKindKeyword.RawKind: 0, NameColon: null } second] } call
                    when IsMaxFunction(call) && Other(first.Expression, second.Expression) is { } element && !ElementWrites(element):
                    return (RecursiveCombine.MaxCall, element, call.Expression);
                case ConditionalExpressionSyntax { Condition: BinaryExpressionSyntax comparison } ternary
                    when Other(ternary.WhenTrue, ternary.WhenFalse) is { } element && !ElementWrites(element) && PicksLarger(comparison, ternary.WhenTrue, ternary.WhenFalse):
                    return (RecursiveCombine.TernaryMax, element, null);
                default:
                    return null;
            }
        }

        /// <summary>True when <c>comparison ? whenTrue : whenFalse</c> is the larger of its two branches (<c>a &gt; b ? a : b</c>, <c>a &lt; b ? b : a</c>, …).</summary>
        private static bool PicksLarger(BinaryExpressionSyntax comparison, ExpressionSyntax whenTrue, ExpressionSyntax whenFalse)
        {
            bool Same(ExpressionSyntax a, ExpressionSyntax b) => SyntaxFactory.AreEquivalent(Unparenthesised(a), Unparenthesised(b));
            var (larger, smaller) = comparison.Kind() switch
            {
                SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression => (comparison.Left, comparison.Right),
                SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression => (comparison.Right, comparison.Left),
                _ => (null, null),
            };
            return larger is not null && smaller is not null && Same(larger, whenTrue) && Same(smaller, whenFalse);
        }

        /// <summary><c>Math.Max</c>, <c>MathF.Max</c> or a numeric type's static <c>Max</c> of two values.</summary>
        private bool IsMaxFunction(InvocationExpressionSyntax call) =>
            _model.GetSymbolInfo(call, _cancellationToken).Symbol is IMethodSymbol { Name: "Max", IsStatic: true, Parameters.Length: 2, ContainingType: { } type }
            && (type.ContainingNamespace?.ToDisplayString() == "System" && type.Name is "Math" or "MathF" || WellKnownSymbols.IsNumeric(type));

        /// <summary>
        /// Which parameter the recursive call walks and how: one index parameter advanced by a step that does not read it
        /// (<c>j + 1</c>, <c>i + step</c>), or one sequence parameter passed on as its rest (<paramref name="restVariable"/>,
        /// <c>s[1..]</c>, <c>s.Slice(1)</c>); every other argument but the accumulator is its own parameter, unchanged.
        /// </summary>
        private (RecursiveWalk Walk, int Walked, ExpressionSyntax? Step, bool Descending)? Advance(InvocationExpressionSyntax call, int accumulator, ILocalSymbol? restVariable)
        {
            (RecursiveWalk, int, ExpressionSyntax?, bool)? advance = null;
            for (var index = 0; index < call.ArgumentList.Arguments.Count; index++)
            {
                if (index == accumulator)
                {
                    continue;
                }

                var parameter = _method.Parameters[index];
                var argument = Unparenthesised(call.ArgumentList.Arguments[index].Expression);
                if (Parameter(argument) is { } same && same.Ordinal == index)
                {
                    continue;
                }

                (RecursiveWalk, int, ExpressionSyntax?, bool)? found = null;
                if (parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
                    && argument is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add)
                {
                    var step = IsParameter(add.Left, parameter) ? add.Right : IsParameter(add.Right, parameter) ? add.Left : null;
                    if (step is not null && !Reads(step, parameter) && !RecursiveCalls(step).Any() && !Writes(step))
                    {
                        found = (RecursiveWalk.Index, index, Unparenthesised(step) is LiteralExpressionSyntax { Token.Value: 1 } ? null : step, false);
                    }
                }
                else if (parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
                    && argument is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } } down
                    && IsParameter(down.Left, parameter))
                {
                    // F(x, i - 1): a unit walk downwards (RecursiveFold.Descending.cs).
                    found = (RecursiveWalk.Index, index, null, true);
                }
                else if (IsSequence(parameter.Type) && IsRest(argument, parameter, restVariable))
                {
                    found = (RecursiveWalk.Rest, index, null, false);
                }

                if (found is null || advance is not null)
                {
                    return null;
                }

                advance = found;
            }

            return advance;
        }

        /// <summary><c>rest</c> (the list pattern's), <c>s[1..]</c> or <c>s.Slice(1)</c> of the sequence parameter.</summary>
        private bool IsRest(ExpressionSyntax argument, IParameterSymbol sequence, ILocalSymbol? restVariable) => argument switch
        {
            IdentifierNameSyntax name => restVariable is not null && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name, _cancellationToken).Symbol, restVariable),
            ElementAccessExpressionSyntax { ArgumentList.Arguments: [{ Expression: RangeExpressionSyntax { LeftOperand: LiteralExpressionSyntax { Token.Value: 1 }, RightOperand: null } }] } element =>
                restVariable is null && IsParameter(element.Expression, sequence),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Slice" } slice, ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax { Token.Value: 1 } }] } =>
                restVariable is null && IsParameter(slice.Expression, sequence),
            _ => false,
        };

        /// <summary>A one-dimensional array, <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c> of numbers (a <c>foreach</c> walks it in order).</summary>
        private static bool IsSequence(ITypeSymbol type) =>
            type is IArrayTypeSymbol { Rank: 1, ElementType: var element } && WellKnownSymbols.IsNumeric(element)
            || type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", TypeArguments: [var spanned] } && WellKnownSymbols.IsNumeric(spanned)
                && type.ContainingNamespace?.ToDisplayString() == "System";

        /// <summary>
        /// The bound of an index walk from its condition: <c>j == n</c>, <c>j &gt;= n</c> (stops: the walk stays below
        /// n), <c>j &gt; n</c> (stays at or below n), <c>j &lt; n</c>, <c>j != n</c> (goes on below n), <c>j &lt;= n</c>;
        /// either operand order. Null for any other condition or a bound that reads the index.
        /// </summary>
        private (ExpressionSyntax Bound, bool Inclusive)? IndexBound(ExpressionSyntax condition, IParameterSymbol index, bool stops, bool descending = false)
        {
            if (Unparenthesised(condition) is not BinaryExpressionSyntax comparison)
            {
                return null;
            }

            var kind = comparison.Kind();
            ExpressionSyntax bound;
            if (IsParameter(comparison.Left, index))
            {
                bound = comparison.Right;
            }
            else if (IsParameter(comparison.Right, index))
            {
                bound = comparison.Left;
                kind = kind switch
                {
                    SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanExpression,
                    SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanOrEqualExpression,
                    SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanExpression,
                    SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.LessThanOrEqualExpression,
                    _ => kind,
                };
            }
            else
            {
                return null;
            }

            if (Reads(bound, index) || RecursiveCalls(bound).Any() || Writes(bound))
            {
                return null;
            }

            if (descending)
            {
                // Downwards the walk stays above (or at) the bound: i < b stops it as i > b stops an upward walk.
                kind = Mirrored(kind);
            }

            return (stops, kind) switch
            {
                (true, SyntaxKind.EqualsExpression or SyntaxKind.GreaterThanOrEqualExpression) => (bound, false),
                (true, SyntaxKind.GreaterThanExpression) => (bound, true),
                (false, SyntaxKind.LessThanExpression or SyntaxKind.NotEqualsExpression) => (bound, false),
                (false, SyntaxKind.LessThanOrEqualExpression) => (bound, true),
                _ => null,
            };
        }

        /// <summary>
        /// True when <paramref name="condition"/> tests the sequence for emptiness (<paramref name="empty"/>: <c>s.Length ==
        /// 0</c>, <c>s.IsEmpty</c>, <c>s.Length &lt; 1</c>) or for elements (<c>s.Length &gt; 0</c>, <c>!s.IsEmpty</c>, <c>s.Length != 0</c>).
        /// </summary>
        private bool IsEmptyTest(ExpressionSyntax condition, IParameterSymbol sequence, bool empty)
        {
            condition = Unparenthesised(condition);
            if (condition is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not)
            {
                return IsEmptyTest(not.Operand, sequence, !empty);
            }

            if (condition is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsEmpty" } isEmpty)
            {
                return empty && IsParameter(isEmpty.Expression, sequence);
            }

            if (condition is not BinaryExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } length, Right: LiteralExpressionSyntax { Token.Value: int literal } } comparison
                || !IsParameter(length.Expression, sequence))
            {
                return false;
            }

            return (empty, comparison.Kind(), literal) switch
            {
                (true, SyntaxKind.EqualsExpression, 0) or (true, SyntaxKind.LessThanExpression, 1) or (true, SyntaxKind.LessThanOrEqualExpression, 0) => true,
                (false, SyntaxKind.NotEqualsExpression, 0) or (false, SyntaxKind.GreaterThanExpression, 0) or (false, SyntaxKind.GreaterThanOrEqualExpression, 1) => true,
                _ => false,
            };
        }

        /// <summary>
        /// The one read of the head, <c>s[0]</c>, in <paramref name="element"/>; null when the element reads the sequence
        /// any other way (it changes at every step) or not at all.
        /// </summary>
        private ExpressionSyntax? HeadReadOf(ExpressionSyntax element, IParameterSymbol sequence)
        {
            ExpressionSyntax? head = null;
            foreach (var name in element.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (!IsParameter(name, sequence))
                {
                    continue;
                }

                if (head is not null || name.Parent is not ElementAccessExpressionSyntax { ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax { Token.Value: 0 } }] } read
                    || read.Expression != name)
                {
                    return null;
                }

                head = read;
            }

            return head;
        }

        private bool IsRecursiveCall(ExpressionSyntax expression) =>
            expression is InvocationExpressionSyntax { Expression: IdentifierNameSyntax } call
            && call.ArgumentList.Arguments.Count == _method.Parameters.Length
            && call.ArgumentList.Arguments.All(argument => argument.NameColon is null && argument.RefKindKeyword.RawKind == 0)
            && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(call, _cancellationToken).Symbol?.OriginalDefinition, _method.OriginalDefinition);

        /// <summary>Calls of the helper itself in <paramref name="node"/>, however written (any one is a recursion the reading must place).</summary>
        private System.Collections.Generic.IEnumerable<InvocationExpressionSyntax> RecursiveCalls(SyntaxNode node) =>
            node.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
                .Where(call => SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(call, _cancellationToken).Symbol?.OriginalDefinition, _method.OriginalDefinition));

        private IParameterSymbol? Parameter(ExpressionSyntax expression) =>
            Unparenthesised(expression) is IdentifierNameSyntax name
            && _model.GetSymbolInfo(name, _cancellationToken).Symbol is IParameterSymbol parameter
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, _method.OriginalDefinition)
                ? parameter
                : null;

        private bool IsParameter(ExpressionSyntax expression, IParameterSymbol parameter) =>
            SymbolEqualityComparer.Default.Equals(Parameter(expression), parameter);

        private bool Reads(SyntaxNode node, ISymbol symbol) =>
            node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
                .Any(name => name.Identifier.ValueText == symbol.Name && SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name, _cancellationToken).Symbol, symbol));

        /// <summary>True when <paramref name="node"/> assigns, steps or passes by reference anything (a fold's element only reads).</summary>
        private static bool Writes(SyntaxNode node) =>
            node.DescendantNodesAndSelf().Any(inner => inner is AssignmentExpressionSyntax
                || inner.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression
                || inner is ArgumentSyntax { RefKindKeyword.RawKind: not 0 } || inner is AnonymousFunctionExpressionSyntax);

        /// <summary>
        /// True when a fold's element writes anything (<see cref="Writes"/>), a lambda aside: an element may fold a row
        /// itself through a library call (<c>tokens[t].Sum(v =&gt; Math.Exp(v - peaks[t]))</c>), a value computed per
        /// index like any other, as long as the lambda only reads and is no recursion (the helper is not inlined into itself).
        /// </summary>
        private bool ElementWrites(SyntaxNode element) =>
            element.DescendantNodesAndSelf().Any(inner => inner is AssignmentExpressionSyntax
                || inner.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression
                || inner is ArgumentSyntax { RefKindKeyword.RawKind: not 0 }
                || inner is AnonymousFunctionExpressionSyntax { AsyncKeyword.RawKind: not 0 } or AnonymousMethodExpressionSyntax)
            || RecursiveCalls(element).Any();
    }
}
