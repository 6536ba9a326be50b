using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// LG0007's fix: <c>dx[i] = dy[i] * y[i] * (1 - y[i])</c> inside <c>for (i …)</c> becomes
/// <c>T dot = 0; for (i …) dot += y[i] * dy[i];</c> before the loop and <c>dx[i] = y[i] * (dy[i] - dot)</c> in it — the
/// vector-Jacobian product of the softmax. Offered only when the diagonal multiplies an upstream gradient inside a
/// <c>for</c> loop that walks exactly one softmax slice, and the probability and the gradient can be read again in a
/// separate loop (pure expressions of the loop variable and of variables the loop does not change).
/// </summary>
internal static class DiagonalDerivativeRewrite
{
    public static async Task<Plan?> PlanAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        if (await MethodModel.CreateAsync(document, span, cancellationToken).ConfigureAwait(false) is not { } method)
        {
            return null;
        }

        var derivative = method.Model.DiagonalDerivatives.FirstOrDefault(candidate => candidate.Product.Syntax.Span == span);
        return derivative is null ? null : Plan.Create(method, derivative);
    }

    internal sealed class Plan : IRewritePlan
    {
        private readonly MethodModel _method;
        private readonly DiagonalDerivative _derivative;
        private readonly IForLoopOperation _loop;
        private readonly IReadOnlyList<IOperation> _rest;

        private Plan(MethodModel method, DiagonalDerivative derivative, IForLoopOperation loop, IReadOnlyList<IOperation> rest)
        {
            _method = method;
            _derivative = derivative;
            _loop = loop;
            _rest = rest;
        }

        public static Plan? Create(MethodModel method, DiagonalDerivative derivative)
        {
            if (derivative.Use != DiagonalUse.TimesGradient
                || derivative.Kind is not (DiagonalKind.ProbabilityTimesComplement or DiagonalKind.ProbabilityMinusSquare or DiagonalKind.Helper)
                || derivative.Product.Type is not { } type || RewriteSyntax.Zero(type, SyntaxGenerator.GetGenerator(method.Document)) is null)
            {
                return null;
            }

            var model = method.Model;
            var probability = derivative.Probability;
            var dims = model.DimsOf(probability);
            var loop = Enclosing<IForLoopOperation>(derivative.Product).FirstOrDefault(candidate => dims.ContainsKey(candidate));
            if (loop is null || loop.Syntax is not ForStatementSyntax { Declaration.Variables.Count: 1 } || loop.Locals.Length != 1
                || !SoftmaxSlice.LoopWalksOneSlice(model, probability, loop))
            {
                return null;
            }

            var parts = derivative.Core.Parts;
            var rest = SoftmaxModel.ProductFactors(derivative.Product).Where(factor => !parts.Any(part => SoftmaxModel.Contains(part, factor))).ToList();
            if (rest.Count == 0 || !rest.Append(probability).All(operation => ReadableAgainInLoop(operation, loop, derivative.Product)))
            {
                return null;
            }

            return new Plan(method, derivative, loop, rest);
        }

        public async Task<Document> ApplyAsync(CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(_method.Document, cancellationToken).ConfigureAwait(false);
            var generator = editor.Generator;
            var loopSyntax = (ForStatementSyntax)_loop.Syntax;
            var name = RewriteSyntax.UniqueName("dot", _method.SemanticModel, loopSyntax.SpanStart, _method.Owner);
            var dot = SyntaxFactory.IdentifierName(name);
            var probability = ((ExpressionSyntax)_derivative.Probability.Syntax).WithoutTrivia();
            var gradient = RewriteSyntax.Product(_rest.Select(factor => ((ExpressionSyntax)factor.Syntax).WithoutTrivia()));

            // dot += y[i] * dy[i], in a copy of the loop header (the same variable name, a sibling scope).
            var accumulate = SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(
                SyntaxKind.AddAssignmentExpression, dot, SyntaxFactory.BinaryExpression(SyntaxKind.MultiplyExpression, RewriteSyntax.Parenthesize(probability), RewriteSyntax.Parenthesize(gradient))));
            var dotLoop = loopSyntax.WithStatement(SyntaxFactory.Block(accumulate)).WithoutTrivia();
            var declaration = RewriteSyntax.Declaration(_derivative.Product.Type!, name, RewriteSyntax.Zero(_derivative.Product.Type, generator)!, generator);

            // y[i] * (dy[i] - dot)
            var replacement = SyntaxFactory.BinaryExpression(
                SyntaxKind.MultiplyExpression,
                RewriteSyntax.Parenthesize(probability),
                SyntaxFactory.ParenthesizedExpression(SyntaxFactory.BinaryExpression(SyntaxKind.SubtractExpression, gradient, dot)));
            editor.ReplaceNode(_derivative.Product.Syntax, replacement.WithTriviaFrom(_derivative.Product.Syntax));
            RewriteSyntax.InsertBefore(editor, loopSyntax, new StatementSyntax[] { declaration, dotLoop });
            return await Cleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// True when <paramref name="operation"/> can be evaluated again in a separate copy of <paramref name="loop"/>:
    /// pure, reading only the loop variable and variables declared outside the loop and not written in it, and buffers
    /// the loop writes only element by element at the statement being fixed.
    /// </summary>
    internal static bool ReadableAgainInLoop(IOperation operation, IForLoopOperation loop, IOperation fixedExpression)
    {
        if (!RewriteSyntax.IsPure(operation))
        {
            return false;
        }

        var loopVariable = loop.Locals[0];
        foreach (var variable in RewriteSyntax.ReadVariables(operation))
        {
            if (SymbolEqualityComparer.Default.Equals(variable, loopVariable))
            {
                continue;
            }

            if (RewriteSyntax.IsDeclaredIn(variable, loop.Syntax) || RewriteSyntax.IsWrittenIn(variable, loop))
            {
                return false;
            }
        }

        // Buffers read here may be written in the loop only by the fixed statement, at the same element.
        var statement = Enclosing<IExpressionStatementOperation>(fixedExpression).FirstOrDefault();
        foreach (var node in loop.Body.DescendantsAndSelf())
        {
            if (node is IAssignmentOperation { Target: var target } assignment && SoftmaxModel.Unwrap(target) is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true })
            {
                var written = BufferName(target);
                var readsIt = operation.DescendantsAndSelf().Any(read => read != target && BufferName(read) is { } name && name == written);
                if (readsIt && (statement is null || !SoftmaxModel.Contains(statement, assignment) || !SameIndex(target, operation)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool SameIndex(IOperation target, IOperation operation) =>
        operation.DescendantsAndSelf().Where(read => BufferName(read) == BufferName(target))
            .All(read => Compact(IndexText(read)) == Compact(IndexText(target)));

    private static string? BufferName(IOperation operation) => SoftmaxModel.Unwrap(operation) switch
    {
        IArrayElementReferenceOperation element => element.ArrayReference.Syntax.ToString(),
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } => instance.Syntax.ToString(),
        _ => null,
    };

    private static string IndexText(IOperation operation) => SoftmaxModel.Unwrap(operation) switch
    {
        IArrayElementReferenceOperation element => string.Join(",", element.Indices.Select(index => index.Syntax.ToString())),
        IPropertyReferenceOperation indexer => string.Join(",", indexer.Arguments.Select(argument => argument.Value.Syntax.ToString())),
        _ => string.Empty,
    };

    private static string Compact(string text) => new(text.Where(character => !char.IsWhiteSpace(character)).ToArray());

    internal static IEnumerable<T> Enclosing<T>(IOperation operation)
        where T : class, IOperation
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is T match)
            {
                yield return match;
            }
        }
    }
}
