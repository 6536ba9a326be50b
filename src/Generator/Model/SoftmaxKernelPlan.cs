using System;
using LayerGen.Validation;

namespace LayerGen.Generator.Model;

/// <summary>
/// The generated row kernels for softmax rows of <see cref="Size"/> entries: which families (forward, gradient, fused
/// loss), which code variants, and how the <c>Vector256</c> code covers the row. Decided by <c>SoftmaxKernelPlanner</c>;
/// the emitters only print it.
/// </summary>
/// <param name="Size">Entries per row.</param>
/// <param name="Precision">Element type.</param>
/// <param name="Families">The kernels the class uses.</param>
/// <param name="Primary">The variant that runs; <see cref="KernelVariant.Vector256"/> when <c>Vector256</c> is accelerated.</param>
/// <param name="Fallback">The variant that runs when <c>Vector256</c> is not accelerated, when <see cref="Primary"/> is Vector256.</param>
/// <param name="ForwardUsesRuntimeWhenVector512">
/// The batch forward calls the runtime's <c>Softmax.Forward</c> where <c>Vector512</c> is accelerated (its 512-bit code
/// measured faster for rows this wide).
/// </param>
/// <param name="Vector">How the <c>Vector256</c> code covers a row, when a Vector256 variant is emitted.</param>
internal sealed record SoftmaxKernelPlan(
    int Size,
    ElementPrecision Precision,
    SoftmaxFamilies Families,
    KernelVariant Primary,
    KernelVariant? Fallback,
    bool ForwardUsesRuntimeWhenVector512,
    VectorRowShape? Vector)
{
    /// <summary>Name of the generated file-local helper class holding these kernels.</summary>
    public string HelperName => "Softmax" + Size.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool Has(SoftmaxFamilies family) => (Families & family) != 0;
}

/// <summary>A code variant of a row kernel.</summary>
internal enum KernelVariant
{
    /// <summary>Scalar loops with a constant trip count.</summary>
    Scalar,

    /// <summary>Fully unrolled scalar code (rows of at most 16 entries).</summary>
    Unrolled,

    /// <summary><c>Vector256</c> code.</summary>
    Vector256,
}

/// <summary>The row kernels a class uses for one row size.</summary>
[Flags]
internal enum SoftmaxFamilies
{
    None = 0,

    /// <summary>Softmax forward (<c>Softmax</c> layers).</summary>
    Forward = 1,

    /// <summary>Softmax gradient <c>dx = y ⊙ (dy − ⟨y, dy⟩)</c> (a <c>Softmax</c> layer that back-propagates).</summary>
    Gradient = 2,

    /// <summary>Softmax fused with cross-entropy and its gradient (<c>SoftmaxWithLoss</c>).</summary>
    Loss = 4,
}

/// <summary>How <c>Vector256</c> code covers a row of <see cref="Size"/> entries in vectors of <see cref="Lanes"/> lanes.</summary>
/// <param name="Size">Entries per row.</param>
/// <param name="Lanes">Entries per vector (8 floats or 4 doubles).</param>
/// <param name="Forward">Layout of the forward and gradient kernels.</param>
/// <param name="Loss">Layout of the fused loss kernel.</param>
internal sealed record VectorRowShape(int Size, int Lanes, RowLayout Forward, RowLayout Loss)
{
    /// <summary>Entries covered by whole vectors from the start of the row (0 for a row shorter than a vector).</summary>
    public int FullEntries => Size < Lanes ? 0 : Size / Lanes * Lanes;

    /// <summary>Entries after the whole vectors: covered by a last vector that overlaps (or, for a short row, by a padded one).</summary>
    public int TailEntries => Size - FullEntries;

    /// <summary>Vectors needed to cover the row.</summary>
    public int Vectors => (Size + Lanes - 1) / Lanes;

    /// <summary>Start of the last vector when it overlaps the one before: <c>Size − Lanes</c>.</summary>
    public int LastStart => Size - Lanes;

    /// <summary>The row fills at least one vector, so a last vector can overlap the whole ones (else it is padded).</summary>
    public bool Overlaps => Size >= Lanes;

    /// <summary>Entries covered by the two-vector steps of <see cref="RowLayout.PairedLoop"/>.</summary>
    public int PairedEntries => FullEntries / (2 * Lanes) * (2 * Lanes);

    /// <summary>One whole vector is left after the two-vector steps.</summary>
    public bool HasOddVector => PairedEntries < FullEntries;

    /// <summary>Offset of vector <paramref name="index"/> in a row held in <see cref="Vectors"/> registers: the last ends at the row's end.</summary>
    public int Offset(int index) => index < Vectors - 1 ? index * Lanes : LastStart;
}

/// <summary>How a <c>Vector256</c> row kernel walks the row.</summary>
internal enum RowLayout
{
    /// <summary>The row is shorter than a vector: one vector holds it, padded with values that change neither max nor sums.</summary>
    Padded,

    /// <summary>One to four vectors, loaded once and kept in registers; the last may overlap the one before.</summary>
    Registers,

    /// <summary>One loop over whole vectors and an overlapping last vector whose repeated lanes are masked out.</summary>
    Loop,

    /// <summary>Like <see cref="Loop"/>, two vectors per step with two accumulators (longer rows).</summary>
    PairedLoop,
}
