using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Helpers that only pass their work on: a helper with no loop of its own that calls a static helper of another type
/// which is itself inlinable (<c>float m = Peak.Of(a); return m;</c> in a utility or a helper class) is inlined too, so
/// a chain of helpers of different kinds reaches the fold at its end (<see cref="HelperInliner"/>, within its budget).
/// A scalar helper (an exp, a derivative) calls nothing that folds and stays a call, read where it is called.
/// </summary>
internal sealed partial class HelperShape
{
    private int _size = -1;

    /// <summary>Syntax nodes of the helper's declaration: what one inlining of it adds to the caller (its budget cost).</summary>
    public int Size => _size >= 0 ? _size : _size = Declaration.DescendantNodes().Count();

    /// <summary>
    /// True when <paramref name="call"/> runs a static helper of another type that <paramref name="owner"/> may follow and
    /// that is inlinable from it (read <paramref name="siblingLevel"/> + 1 levels down, at most <see cref="HelperInliner.MaxChain"/>).
    /// </summary>
    private static bool ForwardsToFoldingHelper(InvocationExpressionSyntax call, IMethodSymbol owner, SemanticModel model, CancellationToken cancellationToken, int siblingLevel, ChainMemo memo) =>
        siblingLevel + 1 < HelperInliner.MaxChain
        && call.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax }
        && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary } callee
        && !HelperReach.IsOwnType(callee, owner)
        && callee.Parameters.Length == call.ArgumentList.Arguments.Count
        && Below(callee.OriginalDefinition, owner, model, cancellationToken, siblingLevel + 1, memo) is not null;

    /// <summary>
    /// The shape of a helper called <paramref name="level"/> levels below the one asked about (a sibling or a forwarded
    /// helper), read once per level for one question: siblings and forwarders calling each other are read in time
    /// linear in the helpers and levels, not exponential in the chain's length.
    /// </summary>
    private static HelperShape? Below(IMethodSymbol method, IMethodSymbol owner, SemanticModel model, CancellationToken cancellationToken, int level, ChainMemo memo)
    {
        var shapes = memo.Shapes ??= new Dictionary<(IMethodSymbol, int), HelperShape?>(new LevelComparer());
        if (!shapes.TryGetValue((method, level), out var shape))
        {
            // A cycle (A → B → A) reads as not inlinable while it is being read; the inliner never inlines one anyway.
            shapes[(method, level)] = null;
            shape = Of(method, owner, model, cancellationToken, onReceiver: false, level, memo);
            shapes[(method, level)] = shape;
        }

        return shape;
    }

    /// <summary>Shapes read below one question's helper, per (method, level).</summary>
    private sealed class ChainMemo
    {
        public Dictionary<(IMethodSymbol Method, int Level), HelperShape?>? Shapes { get; set; }
    }

    private sealed class LevelComparer : IEqualityComparer<(IMethodSymbol Method, int Level)>
    {
        public bool Equals((IMethodSymbol Method, int Level) x, (IMethodSymbol Method, int Level) y) =>
            x.Level == y.Level && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

        public int GetHashCode((IMethodSymbol Method, int Level) key) => SymbolEqualityComparer.Default.GetHashCode(key.Method) * 31 + key.Level;
    }
}
