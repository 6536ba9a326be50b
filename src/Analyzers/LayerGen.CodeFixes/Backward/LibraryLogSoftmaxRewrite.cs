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
using Microsoft.CodeAnalysis.Simplification;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// LG0005's fix when the LayerGen runtime made the probabilities: after <c>LayerGen.Softmax.Forward(x, y, cols)</c> it
/// adds <c>var logY = new T[y.Length]; LayerGen.LogSoftmax.Forward(x, logY, cols);</c> and replaces every
/// <c>Math.Log(y[k])</c> of the method (after the call, in its block) by <c>logY[k]</c>: the same rows, the same
/// width, computed stably by the runtime. Offered when the call is a statement of a block, writes a whole buffer, and
/// its logits and width are pure expressions of variables the method does not change.
/// </summary>
internal sealed class LibraryLogSoftmaxRewrite : IRewritePlan
{
    private readonly MethodModel _method;
    private readonly IInvocationOperation _forward;
    private readonly IExpressionStatementOperation _statement;
    private readonly ITypeSymbol _elementType;
    private readonly INamedTypeSymbol _logSoftmax;
    private readonly IReadOnlyList<(IInvocationOperation Log, IOperation Probability)> _logs;

    private LibraryLogSoftmaxRewrite(
        MethodModel method, IInvocationOperation forward, IExpressionStatementOperation statement, ITypeSymbol elementType, INamedTypeSymbol logSoftmax,
        IReadOnlyList<(IInvocationOperation, IOperation)> logs)
    {
        _method = method;
        _forward = forward;
        _statement = statement;
        _elementType = elementType;
        _logSoftmax = logSoftmax;
        _logs = logs;
    }

    public static LibraryLogSoftmaxRewrite? Create(MethodModel method, LogOfProbability log)
    {
        var model = method.Model;
        if (log.IsClipped || log.Log is not IInvocationOperation || log.Probability is not IArrayElementReferenceOperation read
            || model.BufferOf(read) is not { } buffer
            || method.SemanticModel.Compilation.GetTypeByMetadataName("LayerGen.LogSoftmax") is not { } logSoftmax)
        {
            return null;
        }

        var forward = model.ProbabilitySourcesOf(buffer)
            .Where(source => source.Model == model)
            .Select(source => source.Origin)
            .OfType<IInvocationOperation>()
            .FirstOrDefault(call => call.TargetMethod.Name == "Forward" && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, model.Symbols.LayerGenSoftmax));
        if (forward is not { Arguments.Length: 3, Parent: IExpressionStatementOperation statement } || statement.Syntax.Parent is not BlockSyntax block
            || forward.TargetMethod.Parameters[1].Type is not INamedTypeSymbol { TypeArguments.Length: 1 } span
            || SoftmaxModel.Unwrap(forward.Arguments[1].Value) is not (ILocalReferenceOperation or IParameterReferenceOperation)
            || !Unchanged(model, forward.Arguments[0].Value) || !Unchanged(model, forward.Arguments[2].Value))
        {
            return null;
        }

        // Every unclipped log of that buffer after the call, inside its block, is rewritten at once.
        var logs = model.LogsOfProbabilities
            .Where(candidate => !candidate.IsClipped && candidate.Log is IInvocationOperation && candidate.Probability is IArrayElementReferenceOperation
                && SymbolEqualityComparer.Default.Equals(model.BufferOf(candidate.Probability!), buffer)
                && candidate.Log.Syntax.SpanStart > statement.Syntax.Span.End && block.Span.Contains(candidate.Log.Syntax.Span))
            .Select(candidate => ((IInvocationOperation)candidate.Log, candidate.Probability!))
            .ToList();
        return logs.Any(entry => entry.Item1 == log.Log) ? new LibraryLogSoftmaxRewrite(method, forward, statement, span.TypeArguments[0], logSoftmax, logs) : null;
    }

    public async Task<Document> ApplyAsync(CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(_method.Document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        var name = RewriteSyntax.UniqueName("logProbabilities", _method.SemanticModel, _statement.Syntax.Span.End, _method.Owner);
        var destination = (ExpressionSyntax)_forward.Arguments[1].Value.Syntax;

        // var logY = new T[y.Length];  LayerGen.LogSoftmax.Forward(x, logY, cols);
        var buffer = generator.LocalDeclarationStatement(
            name, generator.ArrayCreationExpression(generator.TypeExpression(_elementType), generator.MemberAccessExpression(destination.WithoutTrivia(), "Length")));
        var call = generator.ExpressionStatement(generator.InvocationExpression(
            // Parsed, not built from a type name, so the tree is what the parser makes of the text (a member access).
            SyntaxFactory.ParseExpression("global::" + _logSoftmax.ToDisplayString() + ".Forward").WithAdditionalAnnotations(Simplifier.Annotation),
            _forward.Arguments[0].Value.Syntax.WithoutTrivia(),
            generator.IdentifierName(name),
            _forward.Arguments[2].Value.Syntax.WithoutTrivia()));
        editor.InsertAfter(_statement.Syntax, new[] { buffer.WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation), call.WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation) });

        var compilation = _method.SemanticModel.Compilation;
        foreach (var (log, probability) in _logs)
        {
            var element = (ElementAccessExpressionSyntax)probability.Syntax;
            ExpressionSyntax replacement = SyntaxFactory.ElementAccessExpression(SyntaxFactory.IdentifierName(name), element.ArgumentList.WithoutTrivia());
            if (!compilation.ClassifyConversion(_elementType, log.TargetMethod.ReturnType).IsImplicit)
            {
                replacement = (ExpressionSyntax)generator.CastExpression(log.TargetMethod.ReturnType, replacement);
            }

            editor.ReplaceNode(log.Syntax, replacement.WithTriviaFrom(log.Syntax));
        }

        return await Cleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pure, and every variable it reads is a parameter or a local written at most once (and no buffer it reads is written).</summary>
    private static bool Unchanged(SoftmaxModel model, IOperation operation)
    {
        if (!RewriteSyntax.IsPure(operation))
        {
            return false;
        }

        foreach (var node in operation.DescendantsAndSelf())
        {
            if (SoftmaxModel.VariableOf(node) is { } variable && (model.WriteCount(variable) > 1 || model.ElementWritesTo(variable).Any()))
            {
                return false;
            }
        }

        return true;
    }
}
