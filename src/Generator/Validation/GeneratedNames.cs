// Compiled into both LayerGen.Generator and LayerGen.Analyzers: the emitters take their member names from here
// and the analyzer reports a user member with one of these names (LG1006).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace LayerGen.Validation;

/// <summary>Names of the members LayerGen generates into a layer class.</summary>
internal static class GeneratedNames
{
    // Networks: public API.
    public const string Inputs = "Inputs";
    public const string Outputs = "Outputs";
    public const string ParameterCount = "ParameterCount";
    public const string MaxDegreeOfParallelism = "MaxDegreeOfParallelism";
    public const string Momentum = "Momentum";
    public const string Parameters = "Parameters";
    public const string Gradients = "Gradients";
    public const string Forward = "Forward";
    public const string Loss = "Loss";
    public const string Backward = "Backward";
    public const string Step = "Step";
    public const string StepAdam = "StepAdam";
    public const string Predict = "Predict";
    public const string Accuracy = "Accuracy";
    public const string Save = "Save";
    public const string Load = "Load";
    public const string ResetParameters = "ResetParameters";

    // Networks: private members.
    public const string EnsureCapacity = "EnsureCapacity";
    public const string ForwardRows = "ForwardRows";
    public const string BackwardRows = "BackwardRows";
    public const string InitializeParameters = "InitializeParameters";
    public const string DescribeLayers = "DescribeLayers";

    // Standalone layers.
    public const string Size = "Size";
    public const string Classes = "Classes";

    // Custom layers ([DifferentiableLayer]): public API, the static entry points networks call, and private members.
    public const string ParameterGradients = "ParameterGradients";
    public const string ForwardBatch = "ForwardBatch";
    public const string BackwardBatch = "BackwardBatch";
    public const string BatchScratchLength = "BatchScratchLength";
    public const string InitializeLearnables = "InitializeLearnables";
    public const string BackwardRowsFromInputs = "BackwardRowsFromInputs";
    public const string BackwardScratchLength = "BackwardScratchLength";
    public const string ForwardBatchRecording = "ForwardBatchRecording";
    public const string BackwardBatchFromTape = "BackwardBatchFromTape";
    public const string RecordLength = "RecordLength";
    public const string FromTapeScratchLength = "FromTapeScratchLength";

    // Written by the differentiation engine (src/Generator/Differentiation) when it emits the recording pair.
    public const string ForwardRowsRecording = "ForwardRowsRecording";
    public const string BackwardRowsFromTape = "BackwardRowsFromTape";
    public const string BackwardTapeLength = "BackwardTapeLength";
    public const string BackwardFromTapeScratchLength = "BackwardFromTapeScratchLength";

    // Written by the differentiation engine when some loop of the forward runs on Vector256 lanes.
    public const string ForwardRowsVectorized = "ForwardRowsVectorized";

    /// <summary>Private fields of a custom layer.</summary>
    public static readonly ImmutableArray<string> DifferentiableLayerPrivate = ImmutableArray.Create(
        "_parameters", "_parameterGradients", "_scratch", BackwardRowsFromInputs, BackwardScratchLength,
        ForwardRowsRecording, BackwardRowsFromTape, BackwardTapeLength, BackwardFromTapeScratchLength, ForwardRowsVectorized);

    /// <summary>The thread-local scratch buffer of a network with custom layers (their backward rows need one per thread).</summary>
    public const string CustomScratch = "t_customScratch";

    /// <summary>
    /// Set while a trainable network's forward pass (run by <c>Loss</c>) keeps each custom layer's per-row records
    /// (<see cref="CustomRecords"/>); <c>Backward</c> reads them while <see cref="CustomRecordsFresh"/> (until a Forward, Predict or Accuracy).
    /// </summary>
    public const string RecordingCustomLayers = "_recordingCustomLayers";

    /// <summary>The network's private forward that keeps the records (what <c>Loss</c> calls).</summary>
    public const string ForwardKeepingRecords = "ForwardKeepingRecords";

    /// <summary>Set when the records belong to the last <c>Loss</c> and no <c>Backward</c> has consumed them.</summary>
    public const string CustomRecordsFresh = "_customRecordsFresh";

    /// <summary>Records of custom layer <paramref name="custom"/> (1-based among a network's custom layers), one per row.</summary>
    public static string CustomRecords(int custom) => "_customRecords" + Format(custom);

    /// <summary>Gradient property of the learnable parameter property <paramref name="property"/>: <c>GainGradient</c>.</summary>
    public static string LearnableGradient(string property) => property + "Gradient";

    /// <summary>Private constant: offset of <paramref name="property"/> in a custom layer's parameters.</summary>
    public static string LearnableStart(string property) => property + "Start";

    /// <summary>All learnable parameters of custom layer <paramref name="custom"/> (1-based among a network's custom layers).</summary>
    public static string CustomParameters(int custom) => "Custom" + Format(custom) + "Parameters";

    /// <summary>Their gradients.</summary>
    public static string CustomParametersGradient(int custom) => "Custom" + Format(custom) + "ParametersGradient";

    /// <summary>Private constant: offset of custom layer <paramref name="custom"/>'s parameters in the network's.</summary>
    public static string CustomParametersStart(int custom) => "Custom" + Format(custom) + "ParametersStart";

    /// <summary>Private fields and helpers of every network.</summary>
    public static readonly ImmutableArray<string> NetworkPrivate = ImmutableArray.Create(
        "_parameters", "_gradients", "_optimizer", "_chunkGradients", "_backwardRows", "_forwardRows", "_maxDegreeOfParallelism",
        "_capacity", "_lossBatch", "_input", "_classes",
        EnsureCapacity, ForwardRows, BackwardRows, InitializeParameters, DescribeLayers);

    /// <summary>Activation buffer of layer <paramref name="layer"/> (1-based).</summary>
    public static string Activation(int layer) => "_activations" + Format(layer);

    /// <summary>Gradient buffer of the output of layer <paramref name="layer"/> (1-based).</summary>
    public static string ActivationGradient(int layer) => "_activationGradients" + Format(layer);

    public static string AffineWeights(int affine) => "Affine" + Format(affine) + "Weights";

    public static string AffineBias(int affine) => "Affine" + Format(affine) + "Bias";

    public static string AffineWeightsGradient(int affine) => "Affine" + Format(affine) + "WeightsGradient";

    public static string AffineBiasGradient(int affine) => "Affine" + Format(affine) + "BiasGradient";

    /// <summary>Offset of Affine layer <paramref name="affine"/>'s weights in the parameter array (a private constant).</summary>
    public static string AffineWeightsStart(int affine) => "Affine" + Format(affine) + "WeightsStart";

    /// <summary>Offset of Affine layer <paramref name="affine"/>'s bias in the parameter array (a private constant).</summary>
    public static string AffineBiasStart(int affine) => "Affine" + Format(affine) + "BiasStart";

    /// <summary>True when the layers form a network (more than one layer, or a single Affine layer).</summary>
    public static bool IsNetwork(ImmutableArray<ResolvedLayer> layers) => layers.Length > 1 || (layers.Length == 1 && layers[0].Kind is LayerKind.Affine or LayerKind.Custom);

    /// <summary>
    /// Every member name generated for <paramref name="layers"/>. The softmax row kernels live in file-local helper classes
    /// of the generated file, outside the user's class, so their names cannot collide.
    /// </summary>
    public static HashSet<string> For(ImmutableArray<ResolvedLayer> layers)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal) { Forward };
        if (!IsNetwork(layers))
        {
            switch (layers.Length == 1 ? layers[0].Kind : LayerKind.Relu)
            {
                case LayerKind.Softmax: names.Add(Size); names.Add(Backward); break;
                case LayerKind.SoftmaxWithLoss: names.Add(Classes); break;
                default: names.Add(Backward); break;
            }

            return names;
        }

        bool hasLoss = layers[layers.Length - 1].Kind == LayerKind.SoftmaxWithLoss;
        names.UnionWith([Inputs, Outputs, ParameterCount, MaxDegreeOfParallelism, Parameters, Predict, Accuracy, Save, Load, ResetParameters]);
        names.UnionWith(NetworkPrivate);
        if (hasLoss)
        {
            names.UnionWith([Loss, Backward, Step, StepAdam, Momentum, Gradients]);
        }

        int affine = 0, custom = 0;
        for (int i = 0; i < layers.Length; i++)
        {
            names.Add(Activation(i + 1));
            names.Add(ActivationGradient(i + 1));
            if (layers[i].Kind == LayerKind.Custom)
            {
                custom++;
                names.UnionWith([CustomScratch, CustomParameters(custom), CustomParametersStart(custom)]);
                if (hasLoss)
                {
                    names.UnionWith([CustomParametersGradient(custom), CustomRecords(custom), ForwardKeepingRecords, RecordingCustomLayers, CustomRecordsFresh]);
                }
            }

            if (layers[i].Kind == LayerKind.Affine)
            {
                affine++;
                names.UnionWith([AffineWeights(affine), AffineBias(affine), AffineWeightsStart(affine), AffineBiasStart(affine)]);
                if (hasLoss)
                {
                    names.Add(AffineWeightsGradient(affine));
                    names.Add(AffineBiasGradient(affine));
                }
            }
        }

        return names;
    }

    /// <summary>Every member name generated for a custom layer with <paramref name="learnables"/>.</summary>
    public static HashSet<string> ForDifferentiableLayer(ImmutableArray<LearnableParameter> learnables)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal)
        {
            Inputs, Outputs, ParameterCount, Forward, Backward, Parameters, ParameterGradients,
            ForwardBatch, BackwardBatch, BatchScratchLength, InitializeLearnables,
            ForwardBatchRecording, BackwardBatchFromTape, RecordLength, FromTapeScratchLength,
        };
        names.UnionWith(DifferentiableLayerPrivate);
        foreach (LearnableParameter learnable in learnables)
        {
            names.UnionWith([learnable.PropertyName, LearnableGradient(learnable.PropertyName), LearnableStart(learnable.PropertyName)]);
        }

        return names;
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
