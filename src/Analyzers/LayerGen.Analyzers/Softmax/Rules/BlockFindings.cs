using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// The softmax rules' findings per analysed body, once per compilation, and which of several bodies that find the same
/// bug reports it. A body inlines its same-type helpers (<see cref="SoftmaxModel.BuildWithInlinedHelpers"/>), so a bug
/// inside a helper is found by the helper and by each caller, each describing it in its own terms (a caller names the
/// buffer it passed, <c>'m'</c>, the helper its parameter, <c>'conformers'</c>). The driver runs bodies in any order and
/// concurrently, so "first found, first reported" printed a different message from run to run. Here a finding located
/// in another body is reported as that body itself describes it whenever that body finds it too (its findings are
/// computed once and shared with its own analysis); only a bug no body finds on its own is reported in a caller's terms.
/// </summary>
internal sealed class BlockFindings
{
    private readonly WellKnownSymbols _symbols;
    private readonly ConcurrentDictionary<SyntaxNode, ImmutableArray<Diagnostic>> _byDeclaration = new();
    private readonly ConcurrentDictionary<(string Id, Location Location), byte> _reported = new();

    public BlockFindings(WellKnownSymbols symbols) => _symbols = symbols;

    /// <summary>Reports what the rules find in <paramref name="block"/>, each bug once per compilation.</summary>
    public void Report(IOperation block, Func<ControlFlowGraph?> graph, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var own = HelperInliner.OwnerDeclaration(block.Syntax);
        var findings = own is null ? Find(block, graph, cancellationToken) : _byDeclaration.GetOrAdd(own, _ => Find(block, graph, cancellationToken));
        foreach (var diagnostic in findings)
        {
            var chosen = diagnostic;
            if (OwnerOf(diagnostic.Location, block) is { } owner && owner != own)
            {
                chosen = DescribedByFirstFinder(diagnostic, owner, block.SemanticModel!, cancellationToken) ?? diagnostic;
            }

            if (_reported.TryAdd((chosen.Id, chosen.Location), 0))
            {
                report(chosen);
            }
        }
    }

    /// <summary>
    /// <paramref name="diagnostic"/> as the first body to find it describes it: the body it is located in, else the
    /// first body of the same type declaration in source order (a caller whose arguments make the helper's code a bug).
    /// </summary>
    private Diagnostic? DescribedByFirstFinder(Diagnostic diagnostic, SyntaxNode owner, SemanticModel model, CancellationToken cancellationToken)
    {
        var type = owner.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        var bodies = new[] { owner }.Concat(type?.Members.SelectMany(BodiesOf).Where(body => body != owner) ?? []);
        foreach (var body in bodies)
        {
            if (FindingsOf(body, model, cancellationToken).FirstOrDefault(candidate => candidate.Id == diagnostic.Id && candidate.Location == diagnostic.Location) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private ImmutableArray<Diagnostic> FindingsOf(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken) =>
        _byDeclaration.GetOrAdd(declaration, _ => model.GetOperation(declaration, cancellationToken) is { Parent: null } root && IsAnalysedBlock(root)
                ? Find(root, () => GraphOf(root, cancellationToken), cancellationToken)
                : ImmutableArray<Diagnostic>.Empty);

    private ImmutableArray<Diagnostic> Find(IOperation block, Func<ControlFlowGraph?> graph, CancellationToken cancellationToken)
    {
        var model = SoftmaxModel.BuildWithInlinedHelpers(block, _symbols, graph, cancellationToken);
        return model.HasErrors ? ImmutableArray<Diagnostic>.Empty : SoftmaxAnalyzer.Rules.SelectMany(rule => rule.Find(model)).ToImmutableArray();
    }

    private static ControlFlowGraph? GraphOf(IOperation root, CancellationToken cancellationToken) => root switch
    {
        IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
        IConstructorBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
        IBlockOperation body => ControlFlowGraph.Create(body, cancellationToken),
        _ => null,
    };

    /// <summary>The blocks the analyzer models: method, constructor and accessor bodies.</summary>
    public static bool IsAnalysedBlock(IOperation block) => block is IMethodBodyOperation or IBlockOperation or IConstructorBodyOperation;

    /// <summary>
    /// The declaration of the body a finding is located in, when it is in <paramref name="block"/>'s tree (another
    /// tree's semantic model is not the analyzer's to ask for); null otherwise.
    /// </summary>
    private static SyntaxNode? OwnerOf(Location location, IOperation block) =>
        location.SourceTree == block.Syntax.SyntaxTree && location.SourceTree?.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true) is { } node
            ? node.AncestorsAndSelf().Select(HelperInliner.OwnerDeclaration).FirstOrDefault(declaration => declaration is not null)
            : null;

    /// <summary>The method, constructor and accessor declarations of one member, in source order.</summary>
    private static IEnumerable<SyntaxNode> BodiesOf(MemberDeclarationSyntax member) => member switch
    {
        BaseMethodDeclarationSyntax method => [method],
        BasePropertyDeclarationSyntax { AccessorList: { } accessors } => accessors.Accessors,
        _ => [],
    };
}
