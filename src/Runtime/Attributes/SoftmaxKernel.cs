namespace LayerGen;

/// <summary>Which softmax implementation the generator emits for a fixed-size softmax layer.</summary>
/// <remarks>A plain enum, not flags: the choice is made once per class at compile time.</remarks>
public enum SoftmaxKernel
{
    /// <summary>Pick by size: <see cref="Unrolled"/> for rows of at most 16 entries, else <see cref="Vector256"/> when accelerated at run time, else <see cref="Scalar"/>.</summary>
    Auto = 0,

    /// <summary>Scalar loops with a compile-time trip count.</summary>
    Scalar = 1,

    /// <summary>Fully unrolled scalar code; valid for sizes up to 16 only.</summary>
    Unrolled = 2,

    /// <summary><c>Vector256</c> code for forward and gradient (falls back to scalar when not accelerated).</summary>
    Vector256 = 3,

    /// <summary>Calls the runtime kernels (<c>LayerGen.Softmax</c>) instead of specialised code.</summary>
    Runtime = 4,
}
