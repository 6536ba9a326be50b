using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A call of a self-recursive fold helper (<see cref="RecursiveFold"/>: <c>SumAt(e, j) =&gt; j == e.Length ? 0f : e[j] +
/// SumAt(e, j + 1)</c>, <c>Total(s) =&gt; s switch { [] =&gt; 0, [var h, .. var t] =&gt; h + Total(t) }</c>) is inlined as
/// the loop the recursion computes, in the caller's terms: <c>float acc = 0f; for (int j = start; j &lt; e.Length; j++)
/// acc += e[j];</c> (<c>foreach (var h in s) acc += h;</c> for a walk over the rest of a sequence). The loop form of the
/// same helper is inlined the same way (a fold over its parameters' range), so every model mechanism reads both alike:
/// a running total, a whole-buffer max, a raw exp normalised by the recursive sum. Only the recursion's element, seed,
/// bound and step are copied from the helper (with their origins there); the helper is never expanded into itself, so a
/// recursion (direct, mutual, or unbounded) costs one reading of its syntax.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>Recursive fold shapes of the methods and local functions called, read once per inlining.</summary>
    private readonly Dictionary<IMethodSymbol, HelperShape?> _foldShapes = new(SymbolEqualityComparer.Default);

    /// <summary>Nodes of a helper that read the head of its sequence (<c>s[0]</c>) → the loop variable, while its fold is written.</summary>
    private readonly Dictionary<SyntaxNode, ExpressionSyntax> _foldReads = new();

    /// <summary>The shape of the recursive fold helper <paramref name="call"/> runs; null for any other call.</summary>
    private HelperShape? RecursiveFoldShapeOf(InvocationExpressionSyntax call)
    {
        if (call.Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or PredefinedTypeSyntax })
            || call.ArgumentList.Arguments.Any(argument => argument.NameColon is not null || argument.RefKindKeyword.RawKind != 0)
            || _model.GetSymbolInfo(call, _cancellationToken).Symbol is not IMethodSymbol method
            || method.DeclaringSyntaxReferences is not [var reference] || reference.SyntaxTree != _model.SyntaxTree)
        {
            return null;
        }

        switch (method.MethodKind)
        {
            case MethodKind.LocalFunction:
                // Declared in this method and called from outside its own body (its recursive call is no call to inline).
                if (call.Expression is not IdentifierNameSyntax || _scope.Helper is not null
                    || !_declaration.Span.Contains(reference.Span) || reference.Span.Contains(call.Span))
                {
                    return null;
                }

                break;
            case MethodKind.Ordinary:
                if (!HelperReach.MayFollow(method, _owner)
                    || !method.IsStatic && (call.Expression is not IdentifierNameSyntax || _owner.IsStatic || _scope.Receiver is not null || !HelperReach.IsOwnType(method, _owner)))
                {
                    return null;
                }

                break;
            default:
                return null;
        }

        if (!_foldShapes.TryGetValue(method.OriginalDefinition, out var shape))
        {
            shape = reference.GetSyntax(_cancellationToken) is CSharpSyntaxNode declaration
                ? HelperShape.OfRecursiveFold(method, declaration, _model, _cancellationToken)
                : null;
            _foldShapes[method.OriginalDefinition] = shape;
        }

        // What the fold reads must mean the same where it is written out: at the call, or (inside another inlined
        // helper) in the method.
        var position = _scope.Helper is null ? call.SpanStart : _declaration.SpanStart;
        return shape is not null && shape.NamesBindAt(position, _model, _cancellationToken) ? shape : null;
    }

    /// <summary>
    /// The statements that compute <paramref name="call"/>'s recursive fold as a loop in the current scope and leave its
    /// value in <paramref name="target"/> (see the type summary); null when an argument cannot be written there.
    /// </summary>
    private List<StatementSyntax>? InlinedFold(InvocationExpressionSyntax call, IInvocationOperation operation, HelperShape shape, ExpressionSyntax? target, ITypeSymbol? targetType, VariableDeclaratorSyntax? declaration)
    {
        var fold = shape.Fold!;
        var method = shape.Method;
        var arguments = new Dictionary<int, ExpressionSyntax>();
        var prologue = new List<StatementSyntax>();
        SyntaxNode? defaultSeed = null;
        foreach (var argument in operation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                return null;
            }

            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                // SumFrom(e, b, step, end) with double acc = 0: the accumulator starts at the default written in the helper.
                if (parameter.Ordinal != fold.Accumulator || parameter.DeclaringSyntaxReferences is not [var declared]
                    || declared.GetSyntax(_cancellationToken) is not ParameterSyntax { Default.Value: var value })
                {
                    return null;
                }

                defaultSeed = value;
                continue;
            }

            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Syntax is not ArgumentSyntax syntax || Visit(syntax.Expression) is not ExpressionSyntax visited)
            {
                return null;
            }

            if (IsPlain(syntax.Expression))
            {
                arguments[parameter.Ordinal] = Parenthesised(visited);
            }
            else
            {
                var copy = Allocate(Taken(arguments.Values.Cast<SyntaxNode>().Concat(prologue)), parameter.Name);
                prologue.Add(Declaration(parameter.Type, copy, call.SpanStart, visited));
                arguments[parameter.Ordinal] = SyntaxFactory.IdentifierName(copy);
            }
        }

        if (!arguments.ContainsKey(fold.Walked))
        {
            return null;
        }

        // The accumulator is the caller's variable unless an argument reads it.
        var read = arguments.Values.Cast<SyntaxNode>().Concat(prologue).SelectMany(node => node.DescendantNodesAndSelf()).OfType<IdentifierNameSyntax>().Select(name => name.Identifier.ValueText);
        var targetIsAccumulator = target is IdentifierNameSyntax targetName && targetType is not null
            && SymbolEqualityComparer.Default.Equals(targetType, method.ReturnType) && !read.Contains(targetName.Identifier.ValueText);
        var taken = Taken(arguments.Values.Cast<SyntaxNode>().Concat(prologue));
        var accumulator = targetIsAccumulator ? ((IdentifierNameSyntax)target!).Identifier.ValueText : Allocate(taken, method.Name + "Fold");
        var variable = Allocate(taken, fold.HeadName ?? method.Parameters[fold.Walked].Name);

        var result = new List<StatementSyntax>();
        if (declaration is not null)
        {
            result.Add(Declaration(targetType!, ((IdentifierNameSyntax)target!).Identifier.ValueText, declaration.SpanStart, initializer: null)
                .WithAdditionalAnnotations(InlinedBody.OriginOf(declaration.Parent!.Parent!)));
        }

        var renames = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (fold.HeadName is { } head)
        {
            renames[head] = variable;
        }

        var outer = _scope;
        var budget = Enter(shape);
        _scope = new Scope(method, arguments, renames, outer.Depth + 1);
        _calls++;
        _spans.Add(shape.Declaration.Span);
        var body = new List<StatementSyntax>(prologue);
        try
        {
            if (FoldStatements(call, fold, arguments, defaultSeed, accumulator, variable, declareAccumulator: !targetIsAccumulator) is not { } statements)
            {
                return null;
            }

            body.AddRange(statements);
            if (target is not null && !targetIsAccumulator)
            {
                body.Add(Assignment(target, SyntaxFactory.IdentifierName(accumulator)));
            }
        }
        finally
        {
            _scope = outer;
            _inlining.RemoveAt(_inlining.Count - 1);
            _foldReads.Clear();
            _active.Remove(variable);
            if (!targetIsAccumulator)
            {
                _active.Remove(accumulator);
            }
        }

        if (LeftUnboundCalls(budget))
        {
            return null;
        }

        result.Add(SyntaxFactory.Block(SyntaxFactory.List(body)).WithAdditionalAnnotations(InlinedBody.OriginOf(call), InlinedBody.CallOf(call)));
        return result;
    }

    /// <summary>
    /// <c>acc = seed; for (k = start; k &lt; bound; k += step) acc = combine(acc, element(k));</c> (or the <c>foreach</c>
    /// over the sequence) in the helper's scope; null when a part does not rewrite.
    /// </summary>
    private List<StatementSyntax>? FoldStatements(InvocationExpressionSyntax call, RecursiveFold fold, Dictionary<int, ExpressionSyntax> arguments, SyntaxNode? defaultSeed, string accumulator, string variable, bool declareAccumulator)
    {
        var walked = arguments[fold.Walked];
        var counter = SyntaxFactory.IdentifierName(variable);
        ExpressionSyntax? seed;
        if (fold.Accumulator >= 0)
        {
            seed = defaultSeed is not null ? Visit(defaultSeed) as ExpressionSyntax : arguments.TryGetValue(fold.Accumulator, out var passed) ? passed : null;
        }
        else if (fold.SeededWithFirst)
        {
            // The element at the start index (the index read as the start while it is visited); downwards, the bottom.
            if (fold.Descending)
            {
                if (fold.Bound is null || Visit(fold.Bound) is not ExpressionSyntax bottom)
                {
                    return null;
                }

                arguments[fold.Walked] = Parenthesised(bottom.WithoutTrivia());
            }

            seed = Visit(fold.Element) as ExpressionSyntax;
            arguments[fold.Walked] = walked;
        }
        else
        {
            seed = fold.Seed is null ? null : Visit(fold.Seed) as ExpressionSyntax;
        }

        if (seed is null)
        {
            return null;
        }

        var statements = new List<StatementSyntax>
        {
            declareAccumulator
                ? Declaration(fold.Method.ReturnType, accumulator, call.SpanStart, seed.WithoutTrivia())
                : Assignment(SyntaxFactory.IdentifierName(accumulator), seed.WithoutTrivia()),
        };

        // The element in the loop reads the loop variable: the index itself, or the sequence's head.
        if (fold.Walk == RecursiveWalk.Index)
        {
            arguments[fold.Walked] = counter;
        }
        else if (fold.HeadRead is { } headRead)
        {
            _foldReads[headRead] = counter;
        }

        if (Update(fold, accumulator) is not { } update)
        {
            return null;
        }

        // A recursion has no loop of its own: what it spans is the range its outermost call starts (a halving fold exactly
        // the sequence the call passes; a walk from the call's index to the helper's bound), so its update is the call's,
        // as a library .Sum() there would be. A local function's walk is part of the method: its update is its element's.
        var chosenAtCall = fold.CoversArgument || fold.Method.MethodKind != MethodKind.LocalFunction;
        update = update.WithAdditionalAnnotations(InlinedBody.OriginOf(chosenAtCall ? call : fold.Element));
        if (fold.Walk == RecursiveWalk.Rest)
        {
            statements.Add(SyntaxFactory.ForEachStatement(SyntaxFactory.IdentifierName("var"), SyntaxFactory.Identifier(variable), walked.WithoutTrivia(), update).NormalizeWhitespace());
            return statements;
        }

        var step = fold.Step is null ? null : Visit(fold.Step) as ExpressionSyntax;
        var bound = fold.Bound is null ? null : Visit(fold.Bound) as ExpressionSyntax;
        if (bound is null || fold.Step is not null && step is null)
        {
            return null;
        }

        if (fold.Descending)
        {
            statements.Add(DescendingLoop(fold, walked, bound, counter, update, call.SpanStart));
            return statements;
        }

        // k <= n - 1 is k < n.
        var (limit, inclusive) = fold.BoundIsInclusive && Unparenthesised(bound) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } } minusOne
            ? (minusOne.Left, false)
            : (bound, fold.BoundIsInclusive);
        var first = fold.SeededWithFirst
            ? SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, walked.WithoutTrivia(), step is null ? One() : Parenthesised(step.WithoutTrivia()))
            : walked.WithoutTrivia();
        var condition = SyntaxFactory.BinaryExpression(inclusive ? SyntaxKind.LessThanOrEqualExpression : SyntaxKind.LessThanExpression, counter, Parenthesised(limit.WithoutTrivia()));
        ExpressionSyntax increment = step is null
            ? SyntaxFactory.PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, counter)
            : SyntaxFactory.AssignmentExpression(SyntaxKind.AddAssignmentExpression, counter, Parenthesised(step.WithoutTrivia()));
        var loop = SyntaxFactory.ForStatement(
            SyntaxFactory.VariableDeclaration(TypeSyntax(fold.Method.Parameters[fold.Walked].Type, call.SpanStart), SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(variable)).WithInitializer(SyntaxFactory.EqualsValueClause(first)))),
            SyntaxFactory.SeparatedList<ExpressionSyntax>(),
            condition,
            SyntaxFactory.SingletonSeparatedList(increment),
            update);
        statements.Add(loop.NormalizeWhitespace());
        return statements;
    }

    /// <summary><c>acc += e;</c>, <c>acc = Max(acc, e);</c> or <c>acc = e &gt; acc ? e : acc;</c> with the element in the loop's terms.</summary>
    private StatementSyntax? Update(RecursiveFold fold, string accumulator)
    {
        var acc = SyntaxFactory.IdentifierName(accumulator);
        if (Visit(fold.Element) is not ExpressionSyntax element)
        {
            return null;
        }

        element = Parenthesised(element.WithoutTrivia());
        switch (fold.Combine)
        {
            case RecursiveCombine.Sum:
                return SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(SyntaxKind.AddAssignmentExpression, acc, element)).NormalizeWhitespace();
            case RecursiveCombine.MaxCall when fold.MaxFunction is not null && Visit(fold.MaxFunction) is ExpressionSyntax max:
                var arguments = SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[] { SyntaxFactory.Argument(acc), SyntaxFactory.Argument(element) }));
                return Assignment(acc, SyntaxFactory.InvocationExpression(max.WithoutTrivia(), arguments));
            case RecursiveCombine.TernaryMax:
                return Assignment(acc, SyntaxFactory.ConditionalExpression(SyntaxFactory.BinaryExpression(SyntaxKind.GreaterThanExpression, element, acc), element, acc));
            default:
                return null;
        }
    }

    /// <summary>
    /// A downward walk (RecursiveFold.Descending.cs) as the upward loop over the same indices: <c>for (k = bottom; k &lt;=
    /// top; k++)</c> from the bound (or past it, or past the seed at it) up to the call's index.
    /// </summary>
    private ForStatementSyntax DescendingLoop(RecursiveFold fold, ExpressionSyntax top, ExpressionSyntax bottom, IdentifierNameSyntax counter, StatementSyntax update, int position)
    {
        var first = fold.BoundIsInclusive && !fold.SeededWithFirst
            ? bottom.WithoutTrivia()
            : SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, Parenthesised(bottom.WithoutTrivia()), One());

        // k <= n - 1 is k < n (a walk down from the last index: Peak(x, x.Length - 1)).
        var condition = Unparenthesised(top) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } } last
            ? SyntaxFactory.BinaryExpression(SyntaxKind.LessThanExpression, counter, Parenthesised(last.Left.WithoutTrivia()))
            : SyntaxFactory.BinaryExpression(SyntaxKind.LessThanOrEqualExpression, counter, Parenthesised(top.WithoutTrivia()));
        var loop = SyntaxFactory.ForStatement(
            SyntaxFactory.VariableDeclaration(TypeSyntax(fold.Method.Parameters[fold.Walked].Type, position), SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(counter.Identifier).WithInitializer(SyntaxFactory.EqualsValueClause(first)))),
            SyntaxFactory.SeparatedList<ExpressionSyntax>(),
            condition,
            SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(SyntaxFactory.PostfixUnaryExpression(SyntaxKind.PostIncrementExpression, counter)),
            update);
        return loop.NormalizeWhitespace();
    }

    private static ExpressionSyntax One() => SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(1));
}
