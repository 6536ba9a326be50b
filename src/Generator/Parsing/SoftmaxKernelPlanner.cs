using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Generator.Model;
using LayerGen.Validation;

namespace LayerGen.Generator.Parsing;

/// <summary>Decides which softmax row kernels a class gets: the policy behind <c>SoftmaxKernel.Auto</c>, as data.</summary>
internal static class SoftmaxKernelPlanner
{
    /// <summary>Rows of at most this many vectors are loaded once and kept in registers.</summary>
    public const int MaxRegisterVectors = 4;

    /// <summary>Entries per <c>Vector256</c>: 8 floats or 4 doubles.</summary>
    public static int LanesOf(ElementPrecision precision) => precision == ElementPrecision.Double ? 4 : 8;

    /// <summary>
    /// The plans of a class, one per row size that needs row kernels, ordered by size; none for
    /// <see cref="KernelKind.Runtime"/>, whose code calls the runtime kernels instead.
    /// </summary>
    public static EquatableArray<SoftmaxKernelPlan> ForClass(
        ImmutableArray<ResolvedLayer> layers, NetworkLayout? network, ElementPrecision precision, KernelKind kernel)
    {
        var families = new SortedDictionary<int, SoftmaxFamilies>();
        void Use(int size, SoftmaxFamilies family) =>
            families[size] = (families.TryGetValue(size, out SoftmaxFamilies used) ? used : SoftmaxFamilies.None) | family;

        if (network is null)
        {
            ResolvedLayer layer = layers[0];
            if (layer.Kind == LayerKind.Softmax)
            {
                Use(layer.Outputs, SoftmaxFamilies.Forward | SoftmaxFamilies.Gradient);
            }
            else if (layer.Kind == LayerKind.SoftmaxWithLoss)
            {
                Use(layer.Outputs, SoftmaxFamilies.Loss);
            }
        }
        else
        {
            foreach (LayoutLayer layer in network.Layers.Where(layer => layer.Kind == LayerKind.Softmax))
            {
                // Only a network with a loss back-propagates, and the first layer has nothing below it.
                Use(layer.Outputs, SoftmaxFamilies.Forward | (network.HasLoss && layer.PropagatesGradient ? SoftmaxFamilies.Gradient : SoftmaxFamilies.None));
            }

            if (network.HasLoss)
            {
                Use(network.LossClasses, SoftmaxFamilies.Loss);
            }
        }

        ImmutableArray<SoftmaxKernelPlan> plans = kernel == KernelKind.Runtime
            ? ImmutableArray<SoftmaxKernelPlan>.Empty
            : families.Select(pair => Plan(pair.Key, precision, kernel, pair.Value)).ToImmutableArray();
        return new EquatableArray<SoftmaxKernelPlan>(plans);
    }

    /// <summary>
    /// The plan for rows of <paramref name="size"/> entries. <see cref="KernelKind.Auto"/> takes Vector256 for rows that
    /// fill at least one vector (measured faster than unrolled scalar code from 7–8 entries on), unrolled code for shorter
    /// rows, and falls back to unrolled code up to 16 entries and to scalar loops above where Vector256 is not accelerated.
    /// </summary>
    public static SoftmaxKernelPlan Plan(int size, ElementPrecision precision, KernelKind kernel, SoftmaxFamilies families)
    {
        int lanes = LanesOf(precision);
        (KernelVariant primary, KernelVariant? fallback) = kernel switch
        {
            KernelKind.Scalar => (KernelVariant.Scalar, (KernelVariant?)null),
            KernelKind.Unrolled => (KernelVariant.Unrolled, null),
            KernelKind.Vector256 => (KernelVariant.Vector256, KernelVariant.Scalar),
            _ when size < lanes => (KernelVariant.Unrolled, null),
            _ => (KernelVariant.Vector256, size <= LayerSizeResolver.MaxUnrolledSize ? KernelVariant.Unrolled : KernelVariant.Scalar),
        };
        bool runtimeForward = (families & SoftmaxFamilies.Forward) != 0 && ForwardUsesRuntimeWhenVector512(kernel, size, lanes);
        VectorRowShape? shape = primary == KernelVariant.Vector256 ? Shape(size, lanes) : null;
        return new SoftmaxKernelPlan(size, precision, families, primary, fallback, runtimeForward, shape);
    }

    /// <summary>
    /// True when an <see cref="KernelKind.Auto"/> forward for rows of <paramref name="size"/> entries calls the runtime's
    /// <c>Softmax.Forward</c> where <c>Vector512</c> is accelerated: rows of at least three <c>Vector512</c> widths (48 floats
    /// or 24 doubles). Measured on AVX-512: the runtime's 512-bit code is faster from 48 floats and 24 doubles on, the inline
    /// 256-bit code up to 40 floats and 16 doubles. The inline code stays for shorter rows, for machines without
    /// <c>Vector512</c>, for the gradient and for the fused loss.
    /// </summary>
    public static bool ForwardUsesRuntimeWhenVector512(KernelKind kernel, int size, int lanes) =>
        kernel == KernelKind.Auto && size >= 3 * 2 * lanes;

    /// <summary>
    /// How Vector256 code covers a row: padded when shorter than a vector; else the forward and gradient keep up to
    /// <see cref="MaxRegisterVectors"/> vectors in registers and loop two vectors per step beyond, and the loss loops.
    /// </summary>
    public static VectorRowShape Shape(int size, int lanes)
    {
        if (size < lanes)
        {
            return new VectorRowShape(size, lanes, RowLayout.Padded, RowLayout.Padded);
        }

        int vectors = (size + lanes - 1) / lanes;
        return new VectorRowShape(size, lanes, vectors <= MaxRegisterVectors ? RowLayout.Registers : RowLayout.PairedLoop, RowLayout.Loop);
    }
}
