using System.Threading;
using System.Threading.Tasks;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Backward;

/// <summary>The softmax model of the member around a diagnostic, built the way the analyzer builds it.</summary>
internal sealed class MethodModel
{
    private MethodModel(Document document, SyntaxNode root, SemanticModel semanticModel, SyntaxNode owner, SoftmaxModel model)
    {
        Document = document;
        Root = root;
        SemanticModel = semanticModel;
        Owner = owner;
        Model = model;
    }

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public SemanticModel SemanticModel { get; }

    /// <summary>The method, accessor or constructor (or the compilation unit of top-level code).</summary>
    public SyntaxNode Owner { get; }

    public SoftmaxModel Model { get; }

    /// <summary>The model of the member containing <paramref name="span"/>, or null when there is none or it does not compile.</summary>
    public static async Task<MethodModel?> CreateAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null || !root.FullSpan.Contains(span))
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        return Build(semanticModel, node, cancellationToken) is { } model
            ? new MethodModel(document, root, semanticModel, BodyOwner(node)!, model)
            : null;
    }

    /// <summary>
    /// The softmax model of the member around <paramref name="node"/> (the operation block the analyzer saw), or null
    /// when there is none or it does not compile. Every code fix builds its model here.
    /// </summary>
    public static SoftmaxModel? Build(SemanticModel semanticModel, SyntaxNode node, CancellationToken cancellationToken)
    {
        var owner = BodyOwner(node);
        if (owner is null || semanticModel.GetOperation(owner, cancellationToken) is not { } body)
        {
            return null;
        }

        var model = SoftmaxModel.Build(body, WellKnownSymbols.Create(semanticModel.Compilation), GraphOf(body, cancellationToken), cancellationToken);
        return model.HasErrors ? null : model;
    }

    /// <summary>The member (or compilation unit, for top-level statements) whose operation block the analyzer saw.</summary>
    public static SyntaxNode? BodyOwner(SyntaxNode node)
    {
        SyntaxNode? owner = null;
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                    owner = ancestor;
                    break;
                case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                    return unit;
            }
        }

        return owner;
    }

    private static ControlFlowGraph? GraphOf(IOperation body, CancellationToken cancellationToken)
    {
        try
        {
            return body switch
            {
                IMethodBodyOperation method => ControlFlowGraph.Create(method, cancellationToken),
                IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, cancellationToken),
                IBlockOperation { Parent: null } block => ControlFlowGraph.Create(block, cancellationToken),
                _ => null,
            };
        }
        catch (System.ArgumentException)
        {
            return null;
        }
    }
}
