using LayerGen.Differentiation.Lowering;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers;

/// <summary>Every diagnostic LayerGen reports, in one place. Help links point at <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
internal static class DiagnosticDescriptors
{
    // From the MSBuild property LayerGenRepositoryUrl (src/Directory.Build.targets); empty = no help link.
    private const string HelpLinkBase = ProjectLinks.RuleDocsBase;

    /// <summary>
    /// LG0001: "Softmax of '{1}' subtracts '{0}', a maximum over more than the axis its sum runs over; subtract each slice's own maximum"
    /// ("… is shifted by '{0}', a minimum …; use each slice's own minimum" for a minimum shift: {2} the verb, {3} what is folded, {4} the advice's verb).
    /// </summary>
    public static readonly DiagnosticDescriptor GlobalMaxInBatchSoftmax = Warning(
        RuleIdentifiers.GlobalMaxInBatchSoftmax,
        "Softmax subtracts a maximum taken over more than the softmax axis",
        "Softmax of '{1}' {2} '{0}', a {3} over more than the axis its sum runs over; {4} each slice's own {3}",
        "A softmax slice (a row of a row-major batch, a column of a column-major one) whose values lie far below a maximum taken over other slices underflows to 0/0 = NaN. Subtract, inside exp, the maximum over exactly the values the sum runs over.");

    /// <summary>LG0002: "Softmax of '{1}' divides by '{0}', a sum over more than one softmax slice; divide each slice by its own sum".</summary>
    public static readonly DiagnosticDescriptor GlobalSumInBatchSoftmax = Warning(
        RuleIdentifiers.GlobalSumInBatchSoftmax,
        "Softmax divides by a sum taken over more than the softmax axis",
        "Softmax of '{1}' divides by '{0}', a sum over more than one softmax slice; divide each slice by its own sum",
        "A sum that is never reset per slice, or runs over the whole batch, normalises the batch instead of each row or column: slices no longer sum to 1. Reset the sum for every slice and divide each slice by its own.");

    /// <summary>
    /// LG0003: "'{0}' exponentiates '{1}' without subtracting a maximum; exp overflows above ~88 in float and ~709 in double"
    /// ({2} the end after the exponent: for the logistic <c>e / (1 + e)</c> "in a logistic exp(v) / (1 + exp(v)), which is
    /// inf / inf = NaN once exp overflows …; use 1 / (1 + exp(-v)) or branch on the sign of '{1}'").
    /// </summary>
    public static readonly DiagnosticDescriptor UnshiftedSoftmaxExp = Warning(
        RuleIdentifiers.UnshiftedSoftmaxExp,
        "Softmax exponentiates logits without subtracting their maximum",
        "'{0}' exponentiates '{1}' {2}",
        "exp of a raw logit overflows to infinity for logits above ~88 (float) or ~709 (double), and the softmax becomes inf/inf = NaN. Subtract the maximum over the softmax axis inside exp; the result is identical on finite input. TensorPrimitives.SoftMax subtracts no maximum either; LayerGen.Softmax.Forward does.");

    /// <summary>
    /// LG0004: "Softmax of '{1}' subtracts '{0}', a maximum over a different axis than its sum '{2}'; take the maximum over the sum's axis"
    /// ("… is shifted by '{0}', a minimum …; take the minimum …" for a minimum shift: {3} the verb, {4} what is folded).
    /// </summary>
    public static readonly DiagnosticDescriptor MismatchedSoftmaxAxes = Warning(
        RuleIdentifiers.MismatchedSoftmaxAxes,
        "Softmax maximum and sum run over different axes",
        "Softmax of '{1}' {3} '{0}', a {4} over a different axis than its sum '{2}'; take the {4} over the sum's axis",
        "The maximum subtracted inside exp must be taken over the same values the sum runs over; a maximum over another axis (per column while the sum is per row) does not bound the exps of a slice and underflows or overflows.");

    /// <summary>LG0005: "'{0}' takes the log of '{1}', a softmax probability; it underflows to 0, giving -∞ and NaN gradients: compute the log-softmax from the logits".</summary>
    public static readonly DiagnosticDescriptor LogOfSoftmaxProbability = Warning(
        RuleIdentifiers.LogOfSoftmaxProbability,
        "Log of a softmax probability",
        "'{0}' takes the log of '{1}', a softmax probability; it underflows to 0, giving -∞ and NaN gradients: compute the log-softmax from the logits",
        "The softmax probability of a logit far below its row's maximum underflows to 0 (e^-104 in float, e^-745 in double), so log(p) is -∞: the cross-entropy becomes infinite and its gradient NaN. Take the log-probability from the logits instead: log softmax(x)_k = x_k - m - log Σ exp(x_j - m) with m the row's maximum, or call LayerGen.CrossEntropy.FromLogits. Clipping (log(p + eps), log(max(p, eps))) hides the -∞ but caps the loss and zeroes its gradient.");

    /// <summary>LG0006: "Softmax backward forms the Jacobian of '{0}' {1}, O(n²) per row; use dx = y ⊙ (dy - ⟨y, dy⟩), O(n)".</summary>
    /// <remarks>{1} is "in 'jacobian'" or "entry by entry inside the gradient sum".</remarks>
    public static readonly DiagnosticDescriptor MaterialisedSoftmaxJacobian = Warning(
        RuleIdentifiers.MaterialisedSoftmaxJacobian,
        "Softmax backward forms the n×n Jacobian",
        "Softmax backward forms the Jacobian of '{0}' {1}, O(n²) per row; use dx = y ⊙ (dy - ⟨y, dy⟩), O(n)",
        "The softmax Jacobian diag(y) - y yᵀ never needs to be formed: its product with the upstream gradient is dx_i = y_i (dy_i - Σ_j y_j dy_j), one dot product and one pass per row. Building the n×n matrix, or summing its entries times dy, costs O(n²) time per row (and O(n²) memory when stored): hundreds of times slower than the O(n) product at n = 1024.");

    /// <summary>LG0007: "'{0}' uses only the diagonal y(1 - y) of the softmax Jacobian of '{1}', a sigmoid's derivative; the softmax gradient is y ⊙ (dy - ⟨y, dy⟩)".</summary>
    public static readonly DiagnosticDescriptor DiagonalSoftmaxDerivative = Warning(
        RuleIdentifiers.DiagonalSoftmaxDerivative,
        "Softmax backward uses only the Jacobian's diagonal",
        "'{0}' uses only the diagonal y(1 - y) of the softmax Jacobian of '{1}', a sigmoid's derivative; the softmax gradient is y ⊙ (dy - ⟨y, dy⟩)",
        "Every softmax output depends on every logit of its row: ∂y_i/∂x_j = y_i (δ_ij - y_j). Multiplying the upstream gradient element-wise by y_i (1 - y_i), the sigmoid's derivative, drops the -y_i y_j terms and gives a wrong gradient (a gradient check fails). The vector-Jacobian product is dx = y ⊙ (dy - ⟨y, dy⟩): subtract the dot product of y and dy before multiplying by y.");

    /// <summary>LG0008: "Softmax of '{0}' is one distribution over the whole buffer: its maximum and sum '{2}' run over every ({1}); if its rows are samples, normalise each row".</summary>
    /// <remarks>A suggestion (Info): the code is consistent; only the author knows whether the rows are a batch.</remarks>
    public static readonly DiagnosticDescriptor WholeBufferSoftmax = Suggestion(
        RuleIdentifiers.WholeBufferSoftmax,
        "Softmax normalises the whole buffer, not each row",
        "Softmax of '{0}' is one distribution over the whole buffer: its maximum and sum '{2}' run over every ({1}); if its rows are samples, normalise each row",
        "The maximum, the sum and the division of this softmax all span every index of the buffer, so it is one softmax over the whole buffer. That is right for one distribution over every cell (a Boltzmann policy over a board) and wrong for a batch, where every row is a sample: rows then sum to 1/rows on average, and a row far below the batch's maximum underflows to 0/0 = NaN. If the rows are samples, apply the fix (each row's own maximum and sum; the row is the innermost loop's dimension). If one distribution over every cell is intended, suppress LG0008 (#pragma warning disable LG0008, [SuppressMessage] or dotnet_diagnostic.LG0008.severity = none).");

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

    /// <summary>LG1006: "Generated member '{0}' collides with {1} in '{2}'; {3}" ({3}: "rename it", or for a size constant of another value "set it to 3 (LayerGen then uses your constant) or rename it").</summary>
    /// <remarks>{1} is "the member 'Loss'", "the inherited member 'Base.Loss'" or "the class name".</remarks>
    public static readonly DiagnosticDescriptor GeneratedNameCollision = Error(
        RuleIdentifiers.GeneratedNameCollision,
        "Generated member name collides",
        "Generated member '{0}' collides with {1} in '{2}'; {3}",
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

    /// <summary>LG1101: "'{0}' has [DifferentiableLayer] but declares no ForwardRow method; …".</summary>
    public static readonly DiagnosticDescriptor ForwardRowMissing = Error(
        RuleIdentifiers.ForwardRowMissing,
        "Custom layer declares no ForwardRow",
        "'{0}' has [DifferentiableLayer] but declares no ForwardRow method; add 'static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)' that computes one row",
        "A custom layer is defined by its forward pass over one row: LayerGen generates Forward over a batch from it and derives Backward from its body, so the class must declare ForwardRow.");

    /// <summary>LG1102: "ForwardRow of '{0}' is an instance method; make it static …".</summary>
    public static readonly DiagnosticDescriptor ForwardRowNotStatic = Error(
        RuleIdentifiers.ForwardRowNotStatic,
        "ForwardRow must be static",
        "ForwardRow of '{0}' is an instance method; make it static so that each row depends only on its parameters",
        "The derived backward pass re-reads only the row and the learnable parameters; an instance method could read fields the derivative does not know about.");

    /// <summary>LG1103: "ForwardRow of '{0}' {1}; it must be 'static void ForwardRow(ReadOnlySpan&lt;T&gt; x, Span&lt;T&gt; y, …)' …".</summary>
    /// <remarks>{1} is e.g. "returns float", "has 1 parameter", "takes 'Span&lt;float&gt; x' first, not ReadOnlySpan&lt;float&gt; or ReadOnlySpan&lt;double&gt;".</remarks>
    public static readonly DiagnosticDescriptor InvalidForwardRowSignature = Error(
        RuleIdentifiers.InvalidForwardRowSignature,
        "ForwardRow has the wrong signature",
        "ForwardRow of '{0}' {1}; it must be 'static void ForwardRow(ReadOnlySpan<T> x, Span<T> y, ...)' with T float or double and [Learnable] ReadOnlySpan<T> parameters after y",
        "ForwardRow reads one input row x and writes one output row y of the element type T (float or double); learnable parameters follow as ReadOnlySpan<T>. It is declared once, returns void, is not generic and takes every span by value.");

    /// <summary>LG1104: "Parameter '{0}' of ForwardRow in '{1}' {2}".</summary>
    public static readonly DiagnosticDescriptor InvalidLearnableParameter = Error(
        RuleIdentifiers.InvalidLearnableParameter,
        "Invalid learnable parameter",
        "Parameter '{0}' of ForwardRow in '{1}' {2}",
        "Every ForwardRow parameter after y is a learnable parameter marked [Learnable(length)] with a positive length, a finite Initial value and a finite, non-negative StandardDeviation; x and y are rows, not learnable parameters.");

    /// <summary>LG1105: "{0} of {1} in '{2}' is {3}; it must be {4}", e.g. "Inputs of DifferentiableLayer(0) in 'Swish' is 0; it must be positive".</summary>
    public static readonly DiagnosticDescriptor InvalidDifferentiableLayerSize = Error(
        RuleIdentifiers.InvalidDifferentiableLayerSize,
        "Invalid custom layer size",
        "{0} of {1} in '{2}' is {3}; it must be {4}",
        "The row sizes of [DifferentiableLayer(size)] or [DifferentiableLayer(inputs, outputs)] must be positive and at most 268435456.");

    /// <summary>LG1106: "'{0}' in '{1}' {2}", e.g. "'Layer&lt;Helper&gt;' in 'Net' names 'Helper', which has no [DifferentiableLayer]; …".</summary>
    public static readonly DiagnosticDescriptor InvalidCustomLayerTarget = Error(
        RuleIdentifiers.InvalidCustomLayerTarget,
        "Layer<T> does not name a usable custom layer",
        "'{0}' in '{1}' {2}",
        "[Layer<T>] puts a custom layer into a network: T must be a class with [DifferentiableLayer] declared in the same project, computing in the network's element type (LayerOptions.Precision).");

    /// <summary>LG1107: "'{0}' has [DifferentiableLayer] and {1}; {2}".</summary>
    public static readonly DiagnosticDescriptor DifferentiableLayerWithOtherAttributes = Error(
        RuleIdentifiers.DifferentiableLayerWithOtherAttributes,
        "DifferentiableLayer combined with other layer attributes",
        "'{0}' has [DifferentiableLayer] and {1}; {2}",
        "A custom layer class is one layer: it carries only [DifferentiableLayer]. To combine it with other layers, list it as [Layer<T>] among the layer attributes of a network class; its element type comes from ForwardRow, not from LayerOptions.");

    /// <summary>LG1110: "{0} is not supported in a differentiable ForwardRow; {1}", e.g. {0} = "a 'while' loop".</summary>
    public static readonly DiagnosticDescriptor UnsupportedStatement = Error(
        RuleIdentifiers.UnsupportedStatement,
        "Statement not supported in a differentiable ForwardRow",
        "{0} is not supported in a differentiable ForwardRow; {1}",
        "LayerGen derives BackwardRow from ForwardRow statement by statement; " + Supported.Statements + ". Loops whose trip count is not known on entry, switch, try, using and lock have no derivative it can generate.");

    /// <summary>LG1111: "{0} is not supported in a differentiable ForwardRow; {1}", e.g. {0} = "a 'while' loop".</summary>
    public static readonly DiagnosticDescriptor UnsupportedCall = Error(
        RuleIdentifiers.UnsupportedCall,
        "Call not differentiable in ForwardRow",
        "{0} is not supported in a differentiable ForwardRow; {1}",
        "LayerGen differentiates a fixed set of functions and inlines your own helpers: " + Supported.Functions + "; " + Supported.Helpers + ". Other methods (library calls, other Math functions, recursion) have no derivative it knows: write the computation inline with supported operations.");

    /// <summary>LG1112: "{0} is not supported in a differentiable ForwardRow; {1}", e.g. {0} = "a 'while' loop".</summary>
    public static readonly DiagnosticDescriptor UnsupportedWrite = Error(
        RuleIdentifiers.UnsupportedWrite,
        "ForwardRow writes outside its row",
        "{0} is not supported in a differentiable ForwardRow; {1}",
        "A differentiable ForwardRow is a function of its input row and learnable parameters: " + Supported.Writes + ". Writing x, a parameter span, a field or static state makes the backward pass wrong or impossible.");

    /// <summary>LG1113: "{0} is not supported in a differentiable ForwardRow; {1}", e.g. {0} = "a 'while' loop".</summary>
    public static readonly DiagnosticDescriptor UnsupportedLoop = Error(
        RuleIdentifiers.UnsupportedLoop,
        "Loop shape not supported in a differentiable ForwardRow",
        "{0} is not supported in a differentiable ForwardRow; {1}",
        "The backward pass runs each loop in reverse over the same iterations, so " + Supported.Loops + ".");

    /// <summary>LG1114: "{0} is not supported in a differentiable ForwardRow; {1}", e.g. {0} = "a 'while' loop".</summary>
    public static readonly DiagnosticDescriptor UnsupportedIndex = Error(
        RuleIdentifiers.UnsupportedIndex,
        "Index may depend on data in a differentiable ForwardRow",
        "{0} is not supported in a differentiable ForwardRow; {1}",
        "The backward pass re-reads every index and loop bound: " + Supported.Indices + ". An index chosen by a condition on data goes through an integer local, and k++ inside an index needs a statement that reads k nowhere else.");

    /// <summary>LG1115: "{0} is not supported in a differentiable ForwardRow; {1}", e.g. {0} = "a 'while' loop".</summary>
    public static readonly DiagnosticDescriptor UnsupportedExit = Error(
        RuleIdentifiers.UnsupportedExit,
        "Early exit not supported in a differentiable ForwardRow",
        "{0} is not supported in a differentiable ForwardRow; {1}",
        "break, goto and other continues and returns make the executed iterations depend on data; the backward pass reverses loops over their full bounds: " + Supported.Exits + ".");

    /// <summary>LG1116: "{0} is not supported in a differentiable ForwardRow; {1}", e.g. {0} = "a 'while' loop".</summary>
    public static readonly DiagnosticDescriptor UnsupportedExpression = Error(
        RuleIdentifiers.UnsupportedExpression,
        "Expression not supported in a differentiable ForwardRow",
        "{0} is not supported in a differentiable ForwardRow; {1}",
        "In a differentiable ForwardRow, " + Supported.Expressions + " (a double local in a float ForwardRow computes in double); " + Supported.Tables + ".");

    /// <summary>LG1117: "{0} is not supported in a differentiable ForwardRow; {1}", e.g. {0} = "a 'while' loop".</summary>
    public static readonly DiagnosticDescriptor UnsupportedBuffer = Error(
        RuleIdentifiers.UnsupportedBuffer,
        "Span local not supported in a differentiable ForwardRow",
        "{0} is not supported in a differentiable ForwardRow; {1}",
        "The backward pass keeps local buffers in its scratch, sized at compile time: " + Supported.Buffers + ".");

    /// <summary>LG1118: "ForwardRow cannot be differentiated: {0} is too large to size its tape; {1}".</summary>
    public static readonly DiagnosticDescriptor ForwardRowTooLarge = Error(
        RuleIdentifiers.ForwardRowTooLarge,
        "ForwardRow too long to differentiate",
        "ForwardRow cannot be differentiated: {0} cannot be sized at compile time; {1}",
        "The backward pass records overwritten values on a tape whose length is counted at compile time by running the loops' integer skeleton; loops of more than 50,000,000 iterations per row, a tape of more than 2^28 values, or a division by zero in a bound cannot be sized.");

    private static DiagnosticDescriptor Warning(string id, string title, string message, string description) =>
        new(id, title, message, DiagnosticCategories.Numerics, DiagnosticSeverity.Warning,
            isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase.Length == 0 ? null : HelpLinkBase + id + ".md");

    private static DiagnosticDescriptor Suggestion(string id, string title, string message, string description) =>
        new(id, title, message, DiagnosticCategories.Numerics, DiagnosticSeverity.Info,
            isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase.Length == 0 ? null : HelpLinkBase + id + ".md");

    private static DiagnosticDescriptor Error(string id, string title, string message, string description) =>
        new(id, title, message, DiagnosticCategories.Usage, DiagnosticSeverity.Error,
            isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase.Length == 0 ? null : HelpLinkBase + id + ".md");
}
