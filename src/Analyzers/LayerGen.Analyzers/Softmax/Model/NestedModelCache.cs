using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The nested models of one compilation (a helper's or a field writer's body modelled for its callers, see
/// <c>SoftmaxModel.NestedModel</c>), each built once and reused by every caller instead of once per caller: a long file
/// of helpers calling each other built the same helper models for every method that calls them. Lives on
/// <see cref="WellKnownSymbols"/>, which is created once per compilation.
/// </summary>
/// <remarks>
/// A nested model depends on its declaration, on how deep it is (a depth-1 model follows its own helpers, a depth-2
/// one does not) and on the type whose instance runs it (virtual calls on <c>this</c> reach that type's overrides);
/// these are the key. A model answers its callers' questions lazily, filling caches of its own as it goes, so it is not
/// safe for two threads at once: each model is shared by the callers analysed on one thread, one after another (the
/// analyzer runs a block's analysis synchronously, and no model outlives it except through this cache). With the
/// driver's few worker threads a helper is modelled a few times per compilation at most, not once per caller.
/// </remarks>
internal sealed class NestedModelCache
{
    private readonly ConcurrentDictionary<Key, SoftmaxModel?> _models = new(new KeyComparer());

    /// <summary>How many nested models (or answers that a body is not modelled) were built so far: the cost tests' count.</summary>
    public int Count => _models.Count;

    /// <summary>
    /// The model of <paramref name="declaration"/> at <paramref name="depth"/> run on a <paramref name="thisType"/>
    /// instance, built by <paramref name="build"/> on first demand from this thread (null: not modelled). A cancelled
    /// build stores nothing.
    /// </summary>
    public SoftmaxModel? GetOrBuild(SyntaxNode declaration, int depth, ITypeSymbol? thisType, System.Func<SoftmaxModel?> build)
    {
        var key = new Key(declaration, depth, thisType, System.Threading.Thread.CurrentThread.ManagedThreadId);
        if (_models.TryGetValue(key, out var known))
        {
            return known;
        }

        // A model at depth d only asks for models at depth d + 1, so a build never waits on its own key.
        var model = build();
        _models[key] = model;
        return model;
    }

    /// <summary>A declaration is told by its tree and span (its node may be created anew when asked again).</summary>
    private readonly struct Key
    {
        public Key(SyntaxNode declaration, int depth, ITypeSymbol? thisType, int thread)
        {
            Declaration = declaration;
            Depth = depth;
            ThisType = thisType;
            Thread = thread;
        }

        public SyntaxNode Declaration { get; }

        public int Depth { get; }

        public ITypeSymbol? ThisType { get; }

        public int Thread { get; }
    }

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public bool Equals(Key x, Key y) =>
            x.Declaration.SyntaxTree == y.Declaration.SyntaxTree && x.Declaration.Span == y.Declaration.Span && x.Depth == y.Depth && x.Thread == y.Thread && SymbolEqualityComparer.Default.Equals(x.ThisType, y.ThisType);

        public int GetHashCode(Key key) =>
            ((key.Declaration.Span.GetHashCode() * 31 + key.Depth) * 31 + key.Thread) * 31 + SymbolEqualityComparer.Default.GetHashCode(key.ThisType);
    }
}
