namespace LayerGen.Analyzers;

/// <summary>Stable diagnostic IDs. <c>LG0xxx</c>: code analysis rules; <c>LG1xxx</c>: layer attribute usage.</summary>
internal static class RuleIdentifiers
{
    /// <summary>Softmax over a 2D batch subtracts the global maximum.</summary>
    public const string GlobalMaxInBatchSoftmax = "LG0001";

    /// <summary>Softmax over a 2D batch divides by the sum over the whole batch.</summary>
    public const string GlobalSumInBatchSoftmax = "LG0002";

    /// <summary>Layer class is not partial.</summary>
    public const string LayerClassNotPartial = "LG1001";

    /// <summary>Size or dimension not positive, or <c>Unrolled</c> kernel above 16.</summary>
    public const string InvalidLayerSize = "LG1002";

    /// <summary>Affine input differs from the previous layer's output.</summary>
    public const string LayerSizeMismatch = "LG1003";

    /// <summary>Loss layer not last, or repeated.</summary>
    public const string LossLayerNotLast = "LG1004";

    /// <summary>Layer attributes on a struct, static, generic or nested-in-generic type.</summary>
    public const string UnsupportedLayerType = "LG1005";

    /// <summary>A generated member name collides with the type name or a user member.</summary>
    public const string GeneratedNameCollision = "LG1006";

    /// <summary>Layer attributes split over several partial declarations.</summary>
    public const string LayersSplitAcrossDeclarations = "LG1007";
}
