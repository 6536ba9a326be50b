using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers;

/// <summary>Every diagnostic LayerGen reports, in one place. Help links point at <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
internal static class DiagnosticDescriptors
{
    private const string HelpLinkBase = "https://github.com/layergen/layergen/blob/main/docs/rules/";

    /// <summary>LG0001: "Softmax over 2D input '{1}' subtracts '{0}', a maximum over all rows; use each row's maximum".</summary>
    public static readonly DiagnosticDescriptor GlobalMaxInBatchSoftmax = Warning(
        RuleIdentifiers.GlobalMaxInBatchSoftmax,
        "Batch softmax subtracts the global maximum",
        "Softmax over 2D input '{1}' subtracts '{0}', a maximum over all rows; use each row's maximum",
        "A row far below the batch maximum underflows to 0/0 = NaN. Subtract each row's own maximum inside exp.");

    /// <summary>LG0002: "Softmax over 2D input '{1}' divides by '{0}', a sum over all rows; use each row's sum".</summary>
    public static readonly DiagnosticDescriptor GlobalSumInBatchSoftmax = Warning(
        RuleIdentifiers.GlobalSumInBatchSoftmax,
        "Batch softmax divides by the sum over the whole batch",
        "Softmax over 2D input '{1}' divides by '{0}', a sum over all rows; use each row's sum",
        "Dividing by one sum over the batch normalises the batch, not each row: rows no longer sum to 1.");

    /// <summary>LG1001: "Class '{0}' has layer attributes but is not partial".</summary>
    public static readonly DiagnosticDescriptor LayerClassNotPartial = Error(
        RuleIdentifiers.LayerClassNotPartial,
        "Layer class must be partial",
        "Class '{0}' has layer attributes but is not partial; add the 'partial' modifier so LayerGen can generate its members");

    /// <summary>LG1002: "{0} of '{1}' is {2}; it must be {3}".</summary>
    public static readonly DiagnosticDescriptor InvalidLayerSize = Error(
        RuleIdentifiers.InvalidLayerSize,
        "Invalid layer size",
        "{0} of '{1}' is {2}; it must be {3}");

    /// <summary>LG1003: "Affine layer {0} takes {1} inputs but the previous layer outputs {2}".</summary>
    public static readonly DiagnosticDescriptor LayerSizeMismatch = Error(
        RuleIdentifiers.LayerSizeMismatch,
        "Layer input size differs from the previous layer's output",
        "{0} takes {1} inputs but the previous layer outputs {2}");

    /// <summary>LG1004: "{0}".</summary>
    public static readonly DiagnosticDescriptor LossLayerNotLast = Error(
        RuleIdentifiers.LossLayerNotLast,
        "Loss layer must be last and appear once",
        "'{0}' in '{1}' {2}; a network has at most one loss layer and it must be the last layer");

    /// <summary>LG1005: "Layer attributes cannot be placed on '{0}' because it is {1}".</summary>
    public static readonly DiagnosticDescriptor UnsupportedLayerType = Error(
        RuleIdentifiers.UnsupportedLayerType,
        "Unsupported type for layer attributes",
        "Layer attributes cannot be placed on '{0}' because it is {1}");

    /// <summary>LG1006: "Generated member '{0}' collides with {1} in '{2}'".</summary>
    public static readonly DiagnosticDescriptor GeneratedNameCollision = Error(
        RuleIdentifiers.GeneratedNameCollision,
        "Generated member name collides",
        "Generated member '{0}' collides with {1} in '{2}'; rename it");

    /// <summary>LG1007: "Layer attributes of '{0}' are split over {1} partial declarations".</summary>
    public static readonly DiagnosticDescriptor LayersSplitAcrossDeclarations = Error(
        RuleIdentifiers.LayersSplitAcrossDeclarations,
        "Layer attributes split over several partial declarations",
        "Layer attributes of '{0}' are split over {1} partial declarations; put them on one declaration so their order is defined");

    private static DiagnosticDescriptor Warning(string id, string title, string message, string description) =>
        new(id, title, message, DiagnosticCategories.Numerics, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase + id + ".md");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, DiagnosticCategories.Usage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
