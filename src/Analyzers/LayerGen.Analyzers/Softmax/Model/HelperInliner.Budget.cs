using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// How deep helpers of helpers are inlined: as long as the inlined code fits one size budget, not a fixed number of
/// levels. A forward pass reached through several helpers of different kinds (the layer's own method, a static utility
/// of another class, its private sibling, an instance of a helper class) is written out in full when the method and
/// every helper body inlined into it together stay within <see cref="MaxInlinedNodes"/> syntax nodes and
/// <see cref="MaxCalls"/> calls; a helper is never inlined into itself (A → B → A stays a call at the second A). A call
/// the budget leaves in the body of another type's helper that would not bind in the method (a private sibling, named
/// unqualified or qualified) makes that helper's call stay a call (summarised) instead of making the whole inlined body
/// fail to bind.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>
    /// The longest chain of helpers followed, a guard only: the call budget ends a chain before it (each level is a
    /// call), and <see cref="HelperShape"/> reads another type's sibling helpers at most this many levels down.
    /// </summary>
    public const int MaxChain = MaxCalls;

    /// <summary>The method, constructor or accessor being inlined into (its own nodes count against the budget).</summary>
    private readonly SyntaxNode _declaration;

    /// <summary>The helpers being inlined where the rewriter is, outermost first.</summary>
    private readonly List<IMethodSymbol> _inlining = new();

    /// <summary>Syntax nodes of the method, counted once the first helper is inlined (-1 before).</summary>
    private int _ownNodes = -1;

    /// <summary>Syntax nodes of the helper bodies inlined so far (each helper's declaration, per call).</summary>
    private int _inlinedNodes;

    /// <summary>Calls left in another type's inlined helper that would not bind in the method (see <see cref="NoteLeftCall"/>).</summary>
    private int _unboundLeftCalls;

    /// <summary>
    /// True when <paramref name="shape"/> may be inlined where the rewriter is: it is not already being inlined there
    /// (no recursion through a chain), and the method with every helper inlined so far and this one fits the budget.
    /// </summary>
    private bool FitsBudget(HelperShape shape)
    {
        if (_inlining.Any(active => SymbolEqualityComparer.Default.Equals(active, shape.Method)))
        {
            return false;
        }

        if (_ownNodes < 0)
        {
            _ownNodes = _declaration.DescendantNodes().Count();
        }

        return _ownNodes + _inlinedNodes + shape.Size <= MaxInlinedNodes;
    }

    /// <summary>Starts inlining <paramref name="shape"/>; the state returned lets <see cref="LeftUnboundCalls"/> undo it.</summary>
    private Checkpoint Enter(HelperShape shape)
    {
        var checkpoint = new Checkpoint(_calls, _spans.Count, _inlinedNodes, _unboundLeftCalls);
        _inlining.Add(shape.Method);
        _inlinedNodes += shape.Size;
        return checkpoint;
    }

    /// <summary>
    /// True when the helper inlined since <paramref name="checkpoint"/> left a call that would not bind in the method;
    /// its inlining (and every inlining in it) is then undone, and its call stays a call.
    /// </summary>
    private bool LeftUnboundCalls(Checkpoint checkpoint)
    {
        if (_unboundLeftCalls == checkpoint.UnboundLeftCalls)
        {
            return false;
        }

        _calls = checkpoint.Calls;
        _spans.RemoveRange(checkpoint.Spans, _spans.Count - checkpoint.Spans);
        _inlinedNodes = checkpoint.InlinedNodes;
        _unboundLeftCalls = checkpoint.UnboundLeftCalls;
        return true;
    }

    /// <summary>
    /// Counts <paramref name="call"/>, left as a call in the body of a helper of another type (or of a member inlined on
    /// another object), when it would not bind in the method: its target is not accessible from the method's type, or
    /// it is named by a simple name that means something else there (a private sibling called unqualified).
    /// </summary>
    private void NoteLeftCall(InvocationExpressionSyntax call)
    {
        if (_scope.Helper is not { } helper || HelperReach.IsOwnType(helper, _owner) && _scope.Receiver is null
            || _model.GetSymbolInfo(call, _cancellationToken).Symbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } target
            || _owner.ContainingType is not { } within)
        {
            return;
        }

        var binds = _model.Compilation.IsSymbolAccessibleWithin(target, within)
            && (call.Expression is not (IdentifierNameSyntax or GenericNameSyntax) || !target.IsStatic && _scope.Receiver is not null
                || _model.LookupSymbols(_declaration.SpanStart, name: target.Name)
                    .Any(symbol => SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, target.OriginalDefinition)));
        if (!binds)
        {
            _unboundLeftCalls++;
        }
    }

    /// <summary>The inliner's counters before a helper is inlined.</summary>
    private readonly struct Checkpoint
    {
        public Checkpoint(int calls, int spans, int inlinedNodes, int unboundLeftCalls)
        {
            Calls = calls;
            Spans = spans;
            InlinedNodes = inlinedNodes;
            UnboundLeftCalls = unboundLeftCalls;
        }

        public int Calls { get; }

        public int Spans { get; }

        public int InlinedNodes { get; }

        public int UnboundLeftCalls { get; }
    }
}
