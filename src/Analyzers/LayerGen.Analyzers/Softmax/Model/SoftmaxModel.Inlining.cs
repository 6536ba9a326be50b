using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A method modelled with its helpers' bodies in place of their calls (<see cref="HelperInliner"/>): a fold moved into a
/// <c>RowMax(x, r)</c> or <c>Sum(row)</c> helper is judged exactly as the fold written inline, per call, by every
/// mechanism of the model; helpers that cannot be inlined keep their summaries (<see cref="HelperSummary"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The inlined body this model describes, or null when it describes the method's own body.</summary>
    private InlinedBody? _inlined;

    /// <summary>The semantic model of the source file (not the speculative one of an inlined body).</summary>
    private SemanticModel? SourceModel => _inlined?.SourceModel ?? _root.SemanticModel;

    /// <summary>The source file: helpers, getters and fields of the same type are followed only within it.</summary>
    private SyntaxTree SourceTree => _inlined?.SourceModel.SyntaxTree ?? _root.Syntax.SyntaxTree;

    /// <summary>True for this file, or for the inlined body (which holds the method's own local functions and lambdas).</summary>
    private bool IsInSource(SyntaxTree tree) => tree == SourceTree || tree == _root.Syntax.SyntaxTree;

    /// <summary>The semantic model that binds <paramref name="tree"/>: the inlined body's for its own nodes, else the file's.</summary>
    private SemanticModel? ModelFor(SyntaxTree tree) => _inlined is not null && tree == _root.Syntax.SyntaxTree ? _root.SemanticModel : SourceModel;

    /// <summary>
    /// Like <see cref="Build(IOperation, WellKnownSymbols, System.Func{ControlFlowGraph?}, CancellationToken)"/>, with the
    /// method's same-type helper calls inlined where they can be (the analyzer's model). Locations of what it finds are
    /// read through <see cref="LocationOf"/>; code fixes, which edit the method's own syntax, use the plain model.
    /// </summary>
    public static SoftmaxModel BuildWithInlinedHelpers(IOperation root, WellKnownSymbols symbols, System.Func<ControlFlowGraph?> graph, CancellationToken cancellationToken)
    {
        if (HelperInliner.Inline(root, cancellationToken) is { } inlined)
        {
            var model = new SoftmaxModel(inlined.Root, symbols, () => FlowIndex.Build(ControlFlowGraph.Create(inlined.Root, cancellationToken), cancellationToken), followHelpers: true, cancellationToken)
            {
                _inlined = inlined,
            };
            model.Analyse();
            if (!model.HasErrors)
            {
                return model;
            }
        }

        return Build(root, symbols, graph, cancellationToken);
    }

    /// <summary>
    /// For an operation of a kernel's body substituted at its call (HelperInliner.KernelCalls.cs): the kernel's name and
    /// the exponent as the call writes it, for the message. Null for any other operation.
    /// </summary>
    public (string Name, string Exponent)? KernelCallOf(IOperation operation) =>
        _inlined is not null && operation.Syntax.SyntaxTree != _inlined.SourceModel.SyntaxTree ? InlinedBody.KernelCallOf(operation.Syntax) : null;

    /// <summary>Where a diagnostic about <paramref name="operation"/> is reported: its source location, also for an inlined helper's code.</summary>
    public Location LocationOf(IOperation operation) => _inlined?.LocationOf(operation.Syntax) ?? operation.Syntax.GetLocation();

    /// <summary>
    /// For a finding inside an inlined helper's code (a fold, an exp) about a softmax computed outside that helper
    /// (<paramref name="anchor"/>: its division or log): the location of the call that gave the helper its operands, in
    /// the code that computes the softmax. The helper is right for what it is given (a max over its argument, an exp of
    /// it); the call that passed a whole batch or raw logits is the bug, and another call may be correct. Null for the
    /// method's own code (its local functions and lambdas included), and for a helper that computes the softmax itself.
    /// </summary>
    public Location? CallerLocationOf(IOperation operation, IOperation anchor)
    {
        if (_inlined?.CallerOf(operation.Syntax, anchor.Syntax) is { } inlined)
        {
            return inlined;
        }

        // A helper read through its summary: its exp or fold is bound to the call whose arguments it reads. The helper is
        // a method of its own (not a local function of the method) that does not hold the anchor.
        // Translated at two calls (one may be correct): the finding stays at the helper, where both calls meet.
        if (_helperOperationsOfSeveralCalls.Contains(operation)
            || (_helperExpCalls.TryGetValue(operation, out var expCall) ? expCall : _helperFoldCalls.TryGetValue(operation, out var foldCall) ? foldCall : null) is not { } call)
        {
            return null;
        }

        var helper = operation.Syntax.AncestorsAndSelf().Select(HelperInliner.OwnerDeclaration).FirstOrDefault(declaration => declaration is not null);
        var anchorLocation = LocationOf(anchor);
        return helper is null || helper.SyntaxTree != anchorLocation.SourceTree || helper.Span.Contains(anchorLocation.SourceSpan)
            ? null
            : LocationOf(call);
    }
}
