using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The storage of a rectangular array seen through an address: <c>fixed (double* p = x)</c> and
/// <c>MemoryMarshal.GetArrayDataReference(x)</c> over a <c>T[,]</c> point at element [0, 0] of its row-major storage,
/// so <c>p[r * cols + c]</c>, <c>(p + r * cols)[c]</c> and <c>Unsafe.Add(ref b, r * cols + c)</c> are flat indices into
/// it, with strides (not the first dimension's position, which a one-index read of the array itself would be).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The flat row-major view of a whole rectangular array's storage; other views unchanged (null stays null).</summary>
    private static BufferView? StorageOf(BufferView? view) =>
        view is { Layout: BufferLayout.Rectangular, Consumed: 0, FlatOffset: null, Root: { } root }
            ? new BufferView(root, BufferLayout.Flat, 1, 0, null, view.FixedDims, flattened: false)
            : view;

    /// <summary>
    /// <c>Unsafe.As&lt;TFrom, TTo&gt;(ref b)</c> of a reference to a buffer's first element (<c>ref byte</c> of
    /// <c>GetArrayDataReference(Array)</c> read as <c>ref float</c>): the same buffer. An offset reference is not
    /// followed: its offset counts elements of the other type.
    /// </summary>
    private BufferView? ReinterpretedView(IInvocationOperation invocation) =>
        invocation is { TargetMethod: { Name: "As", IsStatic: true, ReturnsByRef: true, TypeArguments.Length: 2, ContainingType.Name: "Unsafe" } method, Arguments.Length: 1 }
        && method.ContainingType.ContainingNamespace?.ToDisplayString() == "System.Runtime.CompilerServices"
        && WellKnownSymbols.IsNumeric(method.TypeArguments[1])
        && EvalView(invocation.Arguments[0].Value) is { Layout: BufferLayout.Flat, FlatOffset: null } whole
            ? whole
            : null;
}
