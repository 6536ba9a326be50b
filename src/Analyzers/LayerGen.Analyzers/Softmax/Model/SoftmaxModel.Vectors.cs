using System.Linq;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// SIMD values: a <c>Vector&lt;T&gt;</c>/<c>Vector128/256/512&lt;T&gt;</c> loaded from a buffer holds that buffer's
/// elements (<c>new Vector&lt;float&gt;(x.Slice(i, w))</c>, <c>Vector256.Create(span)</c>, <c>LoadUnsafe(ref x[i])</c>),
/// one made from a scalar holds that scalar (<c>new Vector&lt;float&gt;(max)</c>), and a vector stored into a buffer
/// (<c>v.CopyTo(y.Slice(i, w))</c>, <c>v.StoreUnsafe(ref y[i])</c>) puts its facts there. A loaded vector keeps the
/// dimensions of its first lane (the loops that picked the slice); a stored one puts only its facts, not where.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private static bool IsSimdVector(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Arity: 1, Name: "Vector" or "Vector64" or "Vector128" or "Vector256" or "Vector512" } named
        && named.ContainingNamespace?.ToDisplayString() is "System.Numerics" or "System.Runtime.Intrinsics";

    /// <summary>The facts of a vector made from <paramref name="source"/> (a buffer, an element reference or a scalar).</summary>
    private ValueFacts VectorSourceFacts(IOperation source)
    {
        // The lanes are the elements from the slice's start on: the loops that picked the slice walk their dimensions.
        if (WellKnownSymbols.IsBuffer(source.Type) && EvalView(source) is { Root: { } root } view)
        {
            // x.AsSpan(o) with o stepping to the end of x: a walk over all of x, as new Vector<T>(x, o) is.
            var dims = view.FixedDims;
            if (view.FlatOffset is { Terms.Count: 1 } offset && offset.Terms.First() is var term && dims.ContainsKey(term.Key))
            {
                dims = dims.SetItem(term.Key, ImmutableHashSet.Create(LoadAtom(root, term.Key, term.Value)));
            }

            return ElementFacts(root, LaneBlockDims(dims));
        }

        // LoadUnsafe(ref x[i]) (or ref p[i] of a pinned pointer) starts at an element (its loops walk the lanes' dimension), read like new Vector<T>(x, i);
        // a broadcast scalar has none.
        var (loaded, loadIndex) = Unwrap(source) switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } element => (element.ArrayReference, element.Indices[0]),
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } span, Arguments.Length: 1 } indexer when !IsSimdVector(span.Type) => (span, indexer.Arguments[0].Value),
            { } pinned when PointerElement(pinned) is ({ } pointer, { } offset) => (pointer, offset),
            _ => (null, null),
        };
        if (loaded is not null && EvalView(loaded) is { Root: { } array, Layout: BufferLayout.Flat } arrayView)
        {
            return ElementFacts(array, IndexedLoadDims(arrayView, loadIndex!));
        }

        var value = Eval(source);
        return IsElementAccess(Unwrap(source)!) ? value.With(dims: LaneBlockDims(value.Dims)) : value.WithoutDims();
    }

    /// <summary><c>new Vector&lt;T&gt;(…)</c>, <c>Vector256.Create(…)</c>, <c>Vector.LoadUnsafe(ref …)</c>; null for anything else.</summary>
    private ValueFacts? VectorCreationValue(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Arguments.Length: 2 } indexed when IsSimdVector(indexed.Type) && indexed.Arguments[0].Value.Type is IArrayTypeSymbol
                && indexed.Arguments[1].Value.Type?.SpecialType == SpecialType.System_Int32 && EvalView(indexed.Arguments[0].Value) is { Root: { } root } view:
                // new Vector<float>(input, offset + j): the lanes from input[offset + j] on.
                return ElementFacts(root, IndexedLoadDims(view, indexed.Arguments[1].Value));
            case IObjectCreationOperation { Arguments.Length: >= 1 } creation when IsSimdVector(creation.Type):
                return VectorSourceFacts(creation.Arguments[0].Value);
            case IInvocationOperation call when OffsetRefLoadValue(call) is { } offsetLoad:
                // LoadUnsafe(ref r0, (nuint)j): the lanes from r0[j] on (OffsetVectorLoads.cs).
                return offsetLoad;
            case IInvocationOperation { Arguments.Length: >= 1 } call when IsSimdVector(call.Type) && call.TargetMethod.IsStatic
                && call.TargetMethod.Name is "Create" or "Load" or "LoadUnsafe" or "LoadAligned" or "AsVector" or "AsVector128" or "AsVector256":
                return VectorSourceFacts(call.Arguments[0].Value);
            default:
                return null;
        }
    }

    /// <summary>The buffer a vector is stored into and what it holds: <c>v.CopyTo(dst)</c>, <c>v.StoreUnsafe(ref dst[i])</c>, <c>Vector.Store(v, p)</c>.</summary>
    private (ISymbol Root, ValueFacts Facts)? VectorStore(IInvocationOperation call)
    {
        if (call.TargetMethod.Name is not ("CopyTo" or "Store" or "StoreUnsafe" or "StoreAligned" or "TryCopyTo"))
        {
            return null;
        }

        var (vector, destination) = call.Instance is { } instance
            ? (instance, call.Arguments.Length > 0 ? call.Arguments[0].Value : null)
            : (call.Arguments.Length > 1 ? call.Arguments[0].Value : null, call.Arguments.Length > 1 ? call.Arguments[1].Value : null);
        if (vector is null || destination is null || !IsSimdVector(vector.Type))
        {
            return null;
        }

        var root = WellKnownSymbols.IsBuffer(destination.Type) ? EvalView(destination)?.Root : RootOf(destination);
        return root is null ? null : (root, Eval(vector).WithoutDims());
    }
}
