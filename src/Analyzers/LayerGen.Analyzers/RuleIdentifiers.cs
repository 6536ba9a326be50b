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

    /// <summary>The log of a softmax probability (cross-entropy from probabilities instead of logits).</summary>
    public const string LogOfSoftmaxProbability = "LG0005";

    /// <summary>A softmax backward pass that forms the n×n Jacobian (materialised or entry by entry).</summary>
    public const string MaterialisedSoftmaxJacobian = "LG0006";

    /// <summary>A softmax backward pass that uses only the Jacobian's diagonal <c>y(1 − y)</c>.</summary>
    public const string DiagonalSoftmaxDerivative = "LG0007";

    /// <summary>A softmax whose maximum, sum and division all span a whole multi-dimensional buffer (a suggestion: per row?).</summary>
    public const string WholeBufferSoftmax = "LG0008";

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

    /// <summary>A <c>[DifferentiableLayer]</c> class declares no <c>ForwardRow</c> method.</summary>
    public const string ForwardRowMissing = "LG1101";

    /// <summary>A custom layer's <c>ForwardRow</c> is not static.</summary>
    public const string ForwardRowNotStatic = "LG1102";

    /// <summary>A custom layer's <c>ForwardRow</c> has the wrong signature (return type, parameters, element type other than float or double).</summary>
    public const string InvalidForwardRowSignature = "LG1103";

    /// <summary>An extra parameter of <c>ForwardRow</c> is not a valid learnable parameter (no <c>[Learnable]</c>, bad length or initial value).</summary>
    public const string InvalidLearnableParameter = "LG1104";

    /// <summary>A <c>[DifferentiableLayer]</c> size is not positive or above the limit.</summary>
    public const string InvalidDifferentiableLayerSize = "LG1105";

    /// <summary><c>[Layer&lt;T&gt;]</c> whose <c>T</c> is not a usable custom layer (no <c>[DifferentiableLayer]</c>, another element type).</summary>
    public const string InvalidCustomLayerTarget = "LG1106";

    /// <summary><c>[DifferentiableLayer]</c> together with layer attributes or <c>[LayerOptions]</c> on the same class.</summary>
    public const string DifferentiableLayerWithOtherAttributes = "LG1107";

    /// <summary>A statement a differentiable ForwardRow cannot contain (while/do loops, try, switch, local functions…).</summary>
    public const string UnsupportedStatement = "LG1110";

    /// <summary>A call in a differentiable ForwardRow of a method LayerGen cannot differentiate (or an unsupported Math function).</summary>
    public const string UnsupportedCall = "LG1111";

    /// <summary>A differentiable ForwardRow writes something other than its output row, its locals and local buffers.</summary>
    public const string UnsupportedWrite = "LG1112";

    /// <summary>A loop of a differentiable ForwardRow whose shape or bounds are not known on entry.</summary>
    public const string UnsupportedLoop = "LG1113";

    /// <summary>An index or integer local of a differentiable ForwardRow that may depend on data or is reassigned.</summary>
    public const string UnsupportedIndex = "LG1114";

    /// <summary>break, continue, goto or an early return in a differentiable ForwardRow.</summary>
    public const string UnsupportedExit = "LG1115";

    /// <summary>An expression, local type or field read a differentiable ForwardRow cannot contain.</summary>
    public const string UnsupportedExpression = "LG1116";

    /// <summary>A span local of a differentiable ForwardRow that is not a stackalloc buffer of compile-time length.</summary>
    public const string UnsupportedBuffer = "LG1117";

    /// <summary>A differentiable ForwardRow whose loops are too long (or undefined) to size its backward pass's tape.</summary>
    public const string ForwardRowTooLarge = "LG1118";
}
