namespace LayerGen.Analyzers;

/// <summary>
/// Stable diagnostic IDs, the one list of them. <c>LG0xxx</c>: code analysis rules; <c>LG1xxx</c>: layer attribute usage.
/// Also compiled into LayerGen.Generator, whose validation (shared with the analyzer) reports problems by these IDs.
/// </summary>
internal static class RuleIdentifiers
{
    /// <summary>The maximum subtracted before exp spans more than the softmax axis.</summary>
    public const string GlobalMaxInBatchSoftmax = "LG0001";

    /// <summary>The sum a softmax divides by spans more than the softmax axis.</summary>
    public const string GlobalSumInBatchSoftmax = "LG0002";

    /// <summary>Exp of logits with no maximum subtracted (or <c>TensorPrimitives.SoftMax</c>, which subtracts none).</summary>
    public const string UnshiftedSoftmaxExp = "LG0003";

    /// <summary>A softmax's maximum and sum run over different axes.</summary>
    public const string MismatchedSoftmaxAxes = "LG0004";

    /// <summary>Layer class is not partial.</summary>
    public const string LayerClassNotPartial = "LG1001";

    /// <summary>Size or dimension not positive, above the limit, not stated, or <c>Unrolled</c> kernel above 16.</summary>
    public const string InvalidLayerSize = "LG1002";

    /// <summary>Affine input differs from the previous layer's output.</summary>
    public const string LayerSizeMismatch = "LG1003";

    /// <summary>Loss layer not last, or repeated.</summary>
    public const string LossLayerNotLast = "LG1004";

    /// <summary>Layer attributes on a struct, record, static, generic or file-local type, one nested in a generic or file-local type, or one derived from a layer class.</summary>
    public const string UnsupportedLayerType = "LG1005";

    /// <summary>A generated member name collides with the type name or a user member.</summary>
    public const string GeneratedNameCollision = "LG1006";

    /// <summary>Layer attributes split over several partial declarations.</summary>
    public const string LayersSplitAcrossDeclarations = "LG1007";

    /// <summary><c>[LayerOptions]</c> on a class without layer attributes.</summary>
    public const string OptionsWithoutLayers = "LG1008";

    /// <summary>A <c>[LayerOptions]</c> value that is not a defined enum member.</summary>
    public const string InvalidLayerOption = "LG1009";
}
