using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers;

/// <summary>Every diagnostic LayerGen reports, in one place. Help links point at <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
internal static class DiagnosticDescriptors
{
    // From the MSBuild property LayerGenRepositoryUrl (src/Directory.Build.targets); empty = no help link.
    private const string HelpLinkBase = ProjectLinks.RuleDocsBase;

    /// <summary>LG0001: "Softmax of '{1}' subtracts '{0}', a maximum over more than the axis its sum runs over; subtract each slice's own maximum".</summary>
    public static readonly DiagnosticDescriptor GlobalMaxInBatchSoftmax = Warning(
        RuleIdentifiers.GlobalMaxInBatchSoftmax,
        "Softmax subtracts a maximum taken over more than the softmax axis",
        "Softmax of '{1}' subtracts '{0}', a maximum over more than the axis its sum runs over; subtract each slice's own maximum",
        "A softmax slice (a row of a row-major batch, a column of a column-major one) whose values lie far below a maximum taken over other slices underflows to 0/0 = NaN. Subtract, inside exp, the maximum over exactly the values the sum runs over.");

    /// <summary>LG0002: "Softmax of '{1}' divides by '{0}', a sum over more than one softmax slice; divide each slice by its own sum".</summary>
    public static readonly DiagnosticDescriptor GlobalSumInBatchSoftmax = Warning(
        RuleIdentifiers.GlobalSumInBatchSoftmax,
        "Softmax divides by a sum taken over more than the softmax axis",
        "Softmax of '{1}' divides by '{0}', a sum over more than one softmax slice; divide each slice by its own sum",
        "A sum that is never reset per slice, or runs over the whole batch, normalises the batch instead of each row or column: slices no longer sum to 1. Reset the sum for every slice and divide each slice by its own.");

    /// <summary>LG0003: "'{0}' exponentiates '{1}' without subtracting a maximum; exp overflows above ~88 in float and ~709 in double".</summary>
    public static readonly DiagnosticDescriptor UnshiftedSoftmaxExp = Warning(
        RuleIdentifiers.UnshiftedSoftmaxExp,
        "Softmax exponentiates logits without subtracting their maximum",
        "'{0}' exponentiates '{1}' without subtracting a maximum; exp overflows above ~88 in float and ~709 in double",
        "exp of a raw logit overflows to infinity for logits above ~88 (float) or ~709 (double), and the softmax becomes inf/inf = NaN. Subtract the maximum over the softmax axis inside exp; the result is identical on finite input. TensorPrimitives.SoftMax subtracts no maximum either; LayerGen.Softmax.Forward does.");

    /// <summary>LG0004: "Softmax of '{1}' subtracts '{0}', a maximum over a different axis than its sum '{2}'; take the maximum over the sum's axis".</summary>
    public static readonly DiagnosticDescriptor MismatchedSoftmaxAxes = Warning(
        RuleIdentifiers.MismatchedSoftmaxAxes,
        "Softmax maximum and sum run over different axes",
        "Softmax of '{1}' subtracts '{0}', a maximum over a different axis than its sum '{2}'; take the maximum over the sum's axis",
        "The maximum subtracted inside exp must be taken over the same values the sum runs over; a maximum over another axis (per column while the sum is per row) does not bound the exps of a slice and underflows or overflows.");

    /// <summary>LG1001: "Class '{0}' has layer attributes but {1} not partial; add the 'partial' modifier so LayerGen can generate its members".</summary>
    /// <remarks>{1} is "it is" or "its containing type 'Outer' is".</remarks>
    public static readonly DiagnosticDescriptor LayerClassNotPartial = Error(
        RuleIdentifiers.LayerClassNotPartial,
        "Layer class must be partial",
        "Class '{0}' has layer attributes but {1} not partial; add the 'partial' modifier so LayerGen can generate its members",
        "LayerGen adds the generated members to the class through a second partial declaration, so the class and every type containing it must be partial.");

    /// <summary>LG1002: "{0} of {1} in '{2}' is {3}; it must be {4}", e.g. "Outputs of Affine(4, 0) in 'TinyNet' is 0; it must be positive".</summary>
    public static readonly DiagnosticDescriptor InvalidLayerSize = Error(
        RuleIdentifiers.InvalidLayerSize,
        "Invalid layer size",
        "{0} of {1} in '{2}' is {3}; it must be {4}",
        "Sizes must be positive and at most 268435456; a standalone Softmax or SoftmaxWithLoss, or the first layer of a network, must state its size; SoftmaxKernel.Unrolled is limited to rows of 16 entries.");

    /// <summary>LG1003: "{0} in '{1}' takes {2} inputs but the previous layer outputs {3}".</summary>
    public static readonly DiagnosticDescriptor LayerSizeMismatch = Error(
        RuleIdentifiers.LayerSizeMismatch,
        "Layer input size differs from the previous layer's output",
        "{0} in '{1}' takes {2} inputs but the previous layer outputs {3}",
        "Layers run in source order, each on the output of the one before, so a layer's input size must equal the previous layer's output size.");

    /// <summary>LG1004: "'{0}' in '{1}' {2}; a network has at most one loss layer and it must be the last layer".</summary>
    /// <remarks>{2} is "is layer 2 of 4" or "repeats the loss layer".</remarks>
    public static readonly DiagnosticDescriptor LossLayerNotLast = Error(
        RuleIdentifiers.LossLayerNotLast,
        "Loss layer must be last and appear once",
        "'{0}' in '{1}' {2}; a network has at most one loss layer and it must be the last layer",
        "SoftmaxWithLoss turns the network's logits into the loss and its gradient; nothing can follow it.");

    /// <summary>LG1005: "Layer attributes cannot be placed on '{0}' because it is {1}".</summary>
    /// <remarks>
    /// {1} is "a struct", "a record", "an interface", "static", "generic", "file-local", "nested in the generic type 'Outer&lt;T&gt;'",
    /// "nested in the file-local type 'Outer'" or "derived from the layer class 'BaseNet'".
    /// </remarks>
    public static readonly DiagnosticDescriptor UnsupportedLayerType = Error(
        RuleIdentifiers.UnsupportedLayerType,
        "Unsupported type for layer attributes",
        "Layer attributes cannot be placed on '{0}' because it is {1}",
        "Generated layers and networks are non-generic instance classes that own their buffers; their generated members are declared on the class itself, so it cannot derive from another layer class or sit inside a generic or file-local type.");

    /// <summary>LG1006: "Generated member '{0}' collides with {1} in '{2}'; rename it".</summary>
    /// <remarks>{1} is "the member 'Loss'", "the inherited member 'Base.Loss'" or "the class name".</remarks>
    public static readonly DiagnosticDescriptor GeneratedNameCollision = Error(
        RuleIdentifiers.GeneratedNameCollision,
        "Generated member name collides",
        "Generated member '{0}' collides with {1} in '{2}'; rename it",
        "LayerGen generates members such as Forward, Loss, Backward, Step, Inputs and Affine1Weights; a user member, an inherited member or the class itself with the same name would not compile.");

    /// <summary>LG1007: "Layer attributes of '{0}' are split over {1} partial declarations; put them on one declaration so their order is defined".</summary>
    public static readonly DiagnosticDescriptor LayersSplitAcrossDeclarations = Error(
        RuleIdentifiers.LayersSplitAcrossDeclarations,
        "Layer attributes split over several partial declarations",
        "Layer attributes of '{0}' are split over {1} partial declarations; put them on one declaration so their order is defined",
        "The layer order is the attribute order; across partial declarations it depends on the order the compiler sees the files, which the user does not control.");

    /// <summary>LG1008: "'{0}' has [LayerOptions] but no layer attributes; add layer attributes or remove the options".</summary>
    public static readonly DiagnosticDescriptor OptionsWithoutLayers = Error(
        RuleIdentifiers.OptionsWithoutLayers,
        "LayerOptions without layer attributes",
        "'{0}' has [LayerOptions] but no layer attributes; add layer attributes or remove the options",
        "LayerOptions only configures the code generated for layer attributes ([Affine], [Relu], [Softmax], …) on the same class; without them nothing is generated and the options do nothing.");

    /// <summary>LG1009: "{0} of [LayerOptions] on '{1}' is {2}; it must be {3}", e.g. "Precision of [LayerOptions] on 'Net' is 7; it must be Precision.Float or Precision.Double".</summary>
    public static readonly DiagnosticDescriptor InvalidLayerOption = Error(
        RuleIdentifiers.InvalidLayerOption,
        "Invalid LayerOptions value",
        "{0} of [LayerOptions] on '{1}' is {2}; it must be {3}",
        "LayerOptions.Precision and LayerOptions.Kernel must be members of their enums; a cast integer outside them has no generated code.");

    private static DiagnosticDescriptor Warning(string id, string title, string message, string description) =>
        new(id, title, message, DiagnosticCategories.Numerics, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase.Length == 0 ? null : HelpLinkBase + id + ".md");

    private static DiagnosticDescriptor Error(string id, string title, string message, string description) =>
        new(id, title, message, DiagnosticCategories.Usage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase.Length == 0 ? null : HelpLinkBase + id + ".md");
}
