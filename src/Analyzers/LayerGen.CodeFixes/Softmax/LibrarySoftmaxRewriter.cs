using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LayerGen.Analyzers.Softmax.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// <c>TensorPrimitives.SoftMax(x, y)</c> → <c>LayerGen.Softmax.Forward(x, y, x.Length)</c>: one row of
/// <c>x.Length</c> columns, the maximum subtracted. Offered when the LayerGen runtime is referenced, the values are
/// float or double, and <c>x</c> is a variable or member (reading its length twice has no side effect).
/// </summary>
internal static class LibrarySoftmaxRewriter
{
    public static bool CanRewrite(SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken)
    {
        if (model.GetOperation(call, cancellationToken) is not IInvocationOperation { TargetMethod.Name: "SoftMax", Arguments.Length: 2 } invocation
            || invocation.TargetMethod.ContainingType?.Name != "TensorPrimitives"
            || !UnshiftedExpRule.IsUncheckedLibrary(invocation.TargetMethod)
            || model.Compilation.GetTypeByMetadataName("LayerGen.Softmax") is null)
        {
            return false;
        }

        var source = invocation.Arguments.First(argument => argument.Parameter?.Ordinal == 0).Value;
        var element = (source.Type as INamedTypeSymbol)?.TypeArguments.FirstOrDefault() ?? (source.Type as IArrayTypeSymbol)?.ElementType;
        while (source is IConversionOperation { IsImplicit: true } conversion)
        {
            source = conversion.Operand;
        }

        return element?.SpecialType is SpecialType.System_Single or SpecialType.System_Double
            && source is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false };
    }

    public static async Task<Document> RewriteAsync(Document document, InvocationExpressionSyntax call, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        var softmax = editor.SemanticModel.Compilation.GetTypeByMetadataName("LayerGen.Softmax")!;
        var arguments = call.ArgumentList.Arguments;
        var source = arguments[0].Expression.WithoutTrivia();
        var replacement = generator.InvocationExpression(
                generator.MemberAccessExpression(generator.TypeExpression(softmax), "Forward"),
                source,
                arguments[1].Expression.WithoutTrivia(),
                generator.MemberAccessExpression(source, "Length"))
            .WithTriviaFrom(call)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        editor.ReplaceNode(call, replacement);
        var changed = editor.GetChangedDocument();
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
