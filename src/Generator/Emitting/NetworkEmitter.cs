using System.Collections.Generic;
using System.Linq;
using LayerGen.Generator.Model;
using LayerGen.Validation;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting;

/// <summary>Emits a sequential network: parameters, buffers, forward, loss, backward, optimisers, prediction and persistence.</summary>
internal sealed class NetworkEmitter
{
    private const string Parallel = "global::System.Threading.Tasks.Parallel";
    private const string BinaryPrimitives = "global::System.Buffers.Binary.BinaryPrimitives";

    private readonly CodeWriter w;
    private readonly LayerClassModel model;
    private readonly NumericType t;
    private readonly List<Layer> layers = [];
    private readonly bool hasLoss;
    private readonly int lossSize;
    private readonly int parameterCount;

    private NetworkEmitter(CodeWriter writer, LayerClassModel model, NumericType type)
    {
        w = writer;
        this.model = model;
        t = type;
        ImmutableLayers all = new(model.Layers.Items);
        hasLoss = all.Last.Kind == LayerKind.SoftmaxWithLoss;
        lossSize = hasLoss ? all.Last.Outputs : 0;
        int offset = 0, affine = 0;
        foreach (ResolvedLayer layer in all.Items.Take(hasLoss ? all.Count - 1 : all.Count))
        {
            int weights = 0, bias = 0, index = 0;
            if (layer.Kind == LayerKind.Affine)
            {
                index = ++affine;
                weights = offset;
                bias = offset + (layer.Inputs * layer.Outputs);
                offset = bias + layer.Outputs;
            }

            layers.Add(new Layer(layers.Count + 1, layer, index, weights, bias));
        }

        parameterCount = offset;
    }

    private string T => t.Name;

    private int Inputs => layers[0].Resolved.Inputs;

    private int Outputs => layers[layers.Count - 1].Resolved.Outputs;

    private Layer Last => layers[layers.Count - 1];

    private IEnumerable<Layer> Affines => layers.Where(layer => layer.AffineIndex > 0);

    private bool Inline => model.Kernel != KernelKind.Runtime;

    public static void Emit(CodeWriter writer, LayerClassModel model, NumericType type) => new NetworkEmitter(writer, model, type).Emit();

    private void Emit()
    {
        EmitConstantsAndFields();
        EmitProperties();
        EmitForward();
        if (hasLoss)
        {
            EmitLoss();
            EmitBackward();
            EmitStep();
            EmitStepAdam();
        }

        EmitPredict();
        EmitAccuracy();
        EmitSaveLoad();
        EmitResetParameters();
        EmitPrivateHelpers();
        EmitForwardRows();
        if (hasLoss)
        {
            EmitBackwardRows();
        }

        EmitInitializer();
        EmitSoftmaxKernels();
    }

    private void EmitConstantsAndFields()
    {
        w.Line("/// <summary>Number of input features per row.</summary>");
        w.Line($"public const int {GeneratedNames.Inputs} = {Format(Inputs)};");
        w.Line();
        w.Line(hasLoss
            ? "/// <summary>Number of outputs (logits) per row; also the number of classes of the loss.</summary>"
            : "/// <summary>Number of outputs per row.</summary>");
        w.Line($"public const int {GeneratedNames.Outputs} = {Format(Outputs)};");
        w.Line();
        w.Line("/// <summary>Number of trainable parameters (all weights and biases).</summary>");
        w.Line($"public const int {GeneratedNames.ParameterCount} = {Format(parameterCount)};");
        w.Line();
        w.Line("private const int FileMagic = 0x4E47474C; // \"LGGN\" in little-endian bytes");
        w.Line("private const int FileVersion = 1;");
        w.Line();
        w.Line("// All parameters in one array, each Affine layer's weights (row-major inputs × outputs) then its bias.");
        w.Line($"private readonly {T}[] _parameters = InitializeParameters(new {T}[{GeneratedNames.ParameterCount}], seed: {Format(model.Seed)});");
        if (hasLoss)
        {
            w.Line($"private readonly {T}[] _gradients = new {T}[{GeneratedNames.ParameterCount}];");
            w.Line($"private {T}[]? _velocity;");
            w.Line($"private {T}[]? _adamMoment1;");
            w.Line($"private {T}[]? _adamMoment2;");
            w.Line("private int _adamSteps;");
            w.Line($"private {T} _momentum;");
            w.Line($"private {T}[][] _chunkGradients = global::System.Array.Empty<{T}[]>();");
        }

        w.Line("private int _maxDegreeOfParallelism = 1;");
        w.Line();
        w.Line("// Batch buffers, grown to the largest batch seen and then reused.");
        w.Line("private int _capacity;");
        if (hasLoss)
        {
            w.Line("private int _lossBatch; // rows cached by the last Loss call for Backward, 0 when none");
        }

        w.Line($"private {T}[] _input = global::System.Array.Empty<{T}>();");
        foreach (Layer layer in layers)
        {
            w.Line($"private {T}[] {GeneratedNames.Activation(layer.Number)} = global::System.Array.Empty<{T}>(); // output of layer {Format(layer.Number)}, {layer.Describe()}");
        }

        if (hasLoss)
        {
            foreach (Layer layer in layers)
            {
                w.Line($"private {T}[] {GeneratedNames.ActivationGradient(layer.Number)} = global::System.Array.Empty<{T}>(); // d loss / d output of layer {Format(layer.Number)}");
            }
        }

        w.Line("private int[] _classes = global::System.Array.Empty<int>();");
        w.Line();
    }

    private void EmitProperties()
    {
        w.Line("/// <summary>");
        w.Line("/// Maximum number of threads that <see cref=\"Forward\"/>" + (hasLoss ? ", <see cref=\"Loss(global::System.ReadOnlySpan{" + T + "}, global::System.ReadOnlySpan{int})\"/> and <see cref=\"Backward\"/>" : string.Empty) + " split a batch over.");
        w.Line("/// The default, 1, runs on the calling thread and allocates nothing once the buffers have grown to the batch size.");
        w.Line("/// </summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The value is less than 1.</exception>");
        using (w.Block($"public int {GeneratedNames.MaxDegreeOfParallelism}"))
        {
            w.Line("get => _maxDegreeOfParallelism;");
            w.Line("set => _maxDegreeOfParallelism = value >= 1");
            w.Line("    ? value");
            w.Line("    : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"MaxDegreeOfParallelism must be at least 1.\");");
        }

        w.Line();
        if (hasLoss)
        {
            w.Line("/// <summary>Momentum of <see cref=\"Step\"/>, in [0, 1): 0 (the default) is plain SGD.</summary>");
            w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The value is outside [0, 1).</exception>");
            using (w.Block($"public {T} {GeneratedNames.Momentum}"))
            {
                w.Line("get => _momentum;");
                w.Line($"set => _momentum = value >= 0 && value < 1");
                w.Line("    ? value");
                w.Line("    : throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Momentum must be in [0, 1).\");");
            }

            w.Line();
        }

        w.Line("/// <summary>All parameters: for each Affine layer in order, its weights then its bias.</summary>");
        w.Line($"public {t.Span} {GeneratedNames.Parameters} => _parameters;");
        w.Line();
        if (hasLoss)
        {
            w.Line("/// <summary>Gradients of all parameters written by <see cref=\"Backward\"/>, laid out like <see cref=\"Parameters\"/>.</summary>");
            w.Line($"public {t.Span} {GeneratedNames.Gradients} => _gradients;");
            w.Line();
        }

        foreach (Layer layer in Affines)
        {
            string shape = $"{Format(layer.Resolved.Inputs)} × {Format(layer.Resolved.Outputs)}";
            string weights = Format(layer.Resolved.Inputs * layer.Resolved.Outputs);
            string outputs = Format(layer.Resolved.Outputs);
            w.Line($"/// <summary>Weights of Affine layer {Format(layer.AffineIndex)} (layer {Format(layer.Number)}): {shape}, row-major (row = input, column = output).</summary>");
            w.Line($"public {t.Span} {GeneratedNames.AffineWeights(layer.AffineIndex)} => new(_parameters, {Format(layer.WeightsOffset)}, {weights});");
            w.Line();
            w.Line($"/// <summary>Bias of Affine layer {Format(layer.AffineIndex)} (layer {Format(layer.Number)}): {outputs} entries.</summary>");
            w.Line($"public {t.Span} {GeneratedNames.AffineBias(layer.AffineIndex)} => new(_parameters, {Format(layer.BiasOffset)}, {outputs});");
            w.Line();
            if (hasLoss)
            {
                w.Line($"/// <summary>Gradient of <see cref=\"{GeneratedNames.AffineWeights(layer.AffineIndex)}\"/> written by <see cref=\"Backward\"/>.</summary>");
                w.Line($"public {t.Span} {GeneratedNames.AffineWeightsGradient(layer.AffineIndex)} => new(_gradients, {Format(layer.WeightsOffset)}, {weights});");
                w.Line();
                w.Line($"/// <summary>Gradient of <see cref=\"{GeneratedNames.AffineBias(layer.AffineIndex)}\"/> written by <see cref=\"Backward\"/>.</summary>");
                w.Line($"public {t.Span} {GeneratedNames.AffineBiasGradient(layer.AffineIndex)} => new(_gradients, {Format(layer.BiasOffset)}, {outputs});");
                w.Line();
            }
        }
    }

    private void EmitForward()
    {
        w.Line("/// <summary>");
        w.Line($"/// Runs the network on a batch and returns its {(hasLoss ? "logits" : "outputs")}: a view of a buffer owned by this instance, valid until the next call.");
        w.Line("/// </summary>");
        w.Line($"/// <param name=\"input\">A row-major batch: <c>input.Length / <see cref=\"Inputs\"/></c> rows of <see cref=\"Inputs\"/> features.</param>");
        w.Line($"/// <returns><c>rows × <see cref=\"Outputs\"/></c> values, row-major.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The length of <paramref name=\"input\"/> is not a multiple of <see cref=\"Inputs\"/>.</exception>");
        using (w.Block($"public {t.ReadOnlySpan} {GeneratedNames.Forward}({t.ReadOnlySpan} input)"))
        {
            w.Line("int batch = GetBatch(input, nameof(input));");
            w.Line("EnsureCapacity(batch);");
            w.Line("input.CopyTo(_input);");
            if (hasLoss)
            {
                w.Line("_lossBatch = 0;");
            }

            using (w.Block("if (_maxDegreeOfParallelism == 1 || batch < 2)"))
            {
                w.Line("ForwardRows(0, batch);");
            }

            using (w.Block("else"))
            {
                w.Line("ForwardParallel(batch);");
            }

            w.Line();
            w.Line($"return new {t.ReadOnlySpan}({GeneratedNames.Activation(Last.Number)}, 0, batch * {GeneratedNames.Outputs});");
        }

        w.Line();
    }

    private void EmitLoss()
    {
        string logits = GeneratedNames.Activation(Last.Number);
        string dLogits = GeneratedNames.ActivationGradient(Last.Number);
        w.Line("/// <summary>");
        w.Line("/// Runs the network and returns the mean softmax cross-entropy of the logits against <paramref name=\"labels\"/>");
        w.Line("/// (a per-row log-sum-exp, so it never overflows); keeps what <see cref=\"Backward\"/> needs.");
        w.Line("/// </summary>");
        w.Line("/// <remarks>A label whose logit is <c>-∞</c> costs <c>+∞</c>, not NaN.</remarks>");
        w.Line("/// <param name=\"input\">A row-major batch of <see cref=\"Inputs\"/> features per row.</param>");
        w.Line("/// <param name=\"labels\">One class index in [0, <see cref=\"Outputs\"/>) per row.</param>");
        w.Line("/// <returns>The mean loss over the rows.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The input is empty or ragged, or the number of labels differs from the number of rows.</exception>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A label is outside [0, <see cref=\"Outputs\"/>).</exception>");
        using (w.Block($"public {T} {GeneratedNames.Loss}({t.ReadOnlySpan} input, global::System.ReadOnlySpan<int> labels)"))
        {
            w.Line("int batch = GetNonEmptyBatch(input, nameof(input));");
            w.Line("CheckLabels(labels, batch);");
            w.Line($"{GeneratedNames.Forward}(input);");
            w.Line();
            if (Inline)
            {
                w.Line($"// Fused softmax + cross-entropy per row: the gradient (softmax − onehot) / rows goes straight into {dLogits}.");
                w.Line($"{T} invRows = {t.Literal(1)} / batch;");
                w.Line("double total = 0;");
                using (w.Block("for (int row = 0; row < batch; row++)"))
                {
                    w.Line($"int start = row * {GeneratedNames.Outputs};");
                    w.Line($"{t.ReadOnlySpan} rowLogits = new({logits}, start, {GeneratedNames.Outputs});");
                    w.Line($"total += {GeneratedNames.LossRow(lossSize)}(rowLogits, labels[row], new {t.Span}({dLogits}, start, {GeneratedNames.Outputs}), invRows);");
                }

                w.Line();
                w.Line("_lossBatch = batch;");
                w.Line($"return ({T})(total / batch);");
            }
            else
            {
                w.Line($"{T} loss = global::LayerGen.CrossEntropy.FromLogits(new {t.ReadOnlySpan}({logits}, 0, batch * {GeneratedNames.Outputs}), labels, new {t.Span}({dLogits}, 0, batch * {GeneratedNames.Outputs}), {GeneratedNames.Outputs});");
                w.Line("_lossBatch = batch;");
                w.Line("return loss;");
            }
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Runs the network and returns the mean softmax cross-entropy against target distributions (one-hot rows or");
        w.Line("/// probabilities, computed by <c>global::LayerGen.CrossEntropy.FromLogits</c>); keeps what <see cref=\"Backward\"/> needs.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"input\">A row-major batch of <see cref=\"Inputs\"/> features per row.</param>");
        w.Line("/// <param name=\"targets\">One row of <see cref=\"Outputs\"/> probabilities per input row.</param>");
        w.Line("/// <returns>The mean loss over the rows.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The input is empty or ragged, or <paramref name=\"targets\"/> does not have <c>rows × <see cref=\"Outputs\"/></c> entries.</exception>");
        using (w.Block($"public {T} {GeneratedNames.Loss}({t.ReadOnlySpan} input, {t.ReadOnlySpan} targets)"))
        {
            w.Line("int batch = GetNonEmptyBatch(input, nameof(input));");
            using (w.Block($"if (targets.Length != batch * {GeneratedNames.Outputs})"))
            {
                w.Line($"throw new global::System.ArgumentException($\"'targets' has {{targets.Length}} entries but {{batch}} rows × {{{GeneratedNames.Outputs}}} outputs are needed.\", nameof(targets));");
            }

            w.Line();
            w.Line($"{GeneratedNames.Forward}(input);");
            w.Line($"{T} loss = global::LayerGen.CrossEntropy.FromLogits(new {t.ReadOnlySpan}({logits}, 0, targets.Length), targets, new {t.Span}({dLogits}, 0, targets.Length), {GeneratedNames.Outputs});");
            w.Line("_lossBatch = batch;");
            w.Line("return loss;");
        }

        w.Line();
    }

    private void EmitBackward()
    {
        w.Line("/// <summary>");
        w.Line("/// Back-propagates the gradient of the last <see cref=\"Loss(global::System.ReadOnlySpan{" + T + "}, global::System.ReadOnlySpan{int})\"/> and writes every parameter's gradient");
        w.Line("/// into <see cref=\"Gradients\"/> (overwritten, not accumulated).");
        w.Line("/// </summary>");
        w.Line("/// <exception cref=\"global::System.InvalidOperationException\">No <c>Loss</c> call precedes it (or a later <see cref=\"Forward\"/>, <see cref=\"Predict\"/> or <see cref=\"Accuracy\"/> replaced its activations).</exception>");
        using (w.Block($"public void {GeneratedNames.Backward}()"))
        {
            using (w.Block("if (_lossBatch == 0)"))
            {
                w.Line("throw new global::System.InvalidOperationException(\"Backward needs the activations of a preceding Loss call; Forward, Predict and Accuracy replace them.\");");
            }

            w.Line();
            using (w.Block("if (_maxDegreeOfParallelism == 1 || _lossBatch < 2)"))
            {
                w.Line("BackwardRows(0, _lossBatch, _gradients);");
            }

            using (w.Block("else"))
            {
                w.Line("BackwardParallel(_lossBatch);");
            }
        }

        w.Line();
    }

    private void EmitStep()
    {
        w.Line("/// <summary>");
        w.Line("/// One stochastic gradient descent step with the gradients of <see cref=\"Backward\"/>: <c>p −= learningRate · g</c>,");
        w.Line("/// or with <see cref=\"Momentum\"/> μ &gt; 0: <c>v = μ·v + g; p −= learningRate · v</c> (as PyTorch's SGD).");
        w.Line("/// Calls <c>global::LayerGen.Optimizers.Sgd</c> on all parameters at once.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"learningRate\">Step size; finite and not negative.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"learningRate\"/> is negative or not finite.</exception>");
        using (w.Block($"public void {GeneratedNames.Step}({T} learningRate)"))
        {
            CheckLearningRate();
            w.Line($"{T}[]? velocity = _momentum == 0 ? null : _velocity ??= new {T}[{GeneratedNames.ParameterCount}];");
            w.Line("global::LayerGen.Optimizers.Sgd(_parameters, _gradients, velocity, learningRate, _momentum);");
        }

        w.Line();
    }

    private void EmitStepAdam()
    {
        w.Line("/// <summary>");
        w.Line("/// One Adam step (Kingma and Ba, 2015) with the gradients of <see cref=\"Backward\"/>, with bias-corrected first and second moments.");
        w.Line("/// Its state is kept between calls and cleared by <see cref=\"ResetParameters\"/> and <see cref=\"Load\"/>.");
        w.Line("/// Calls <c>global::LayerGen.Optimizers.Adam</c> on all parameters at once.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"learningRate\">Step size; finite and not negative (0.001 is the usual choice).</param>");
        w.Line("/// <param name=\"beta1\">Decay of the first moment, in [0, 1).</param>");
        w.Line("/// <param name=\"beta2\">Decay of the second moment, in [0, 1).</param>");
        w.Line("/// <param name=\"epsilon\">Added to the root of the second moment; positive.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">An argument is outside its range.</exception>");
        using (w.Block($"public void {GeneratedNames.StepAdam}({T} learningRate, {T} beta1 = {t.Literal(0.9)}, {T} beta2 = {t.Literal(0.999)}, {T} epsilon = {t.Literal(1e-8)})"))
        {
            CheckLearningRate();
            foreach (string beta in new[] { "beta1", "beta2" })
            {
                using (w.Block($"if (!({beta} >= 0 && {beta} < 1))"))
                {
                    w.Line($"throw new global::System.ArgumentOutOfRangeException(nameof({beta}), {beta}, \"{beta} must be in [0, 1).\");");
                }

                w.Line();
            }

            using (w.Block("if (!(epsilon > 0))"))
            {
                w.Line("throw new global::System.ArgumentOutOfRangeException(nameof(epsilon), epsilon, \"epsilon must be positive.\");");
            }

            w.Line();
            w.Line($"{T}[] m = _adamMoment1 ??= new {T}[{GeneratedNames.ParameterCount}];");
            w.Line($"{T}[] v = _adamMoment2 ??= new {T}[{GeneratedNames.ParameterCount}];");
            w.Line("_adamSteps++;");
            w.Line("global::LayerGen.Optimizers.Adam(_parameters, _gradients, m, v, learningRate, beta1, beta2, epsilon, _adamSteps);");
        }

        w.Line();
    }

    private void CheckLearningRate()
    {
        using (w.Block($"if (!{T}.IsFinite(learningRate) || learningRate < 0)"))
        {
            w.Line("throw new global::System.ArgumentOutOfRangeException(nameof(learningRate), learningRate, \"The learning rate must be finite and not negative.\");");
        }

        w.Line();
    }

    private void EmitPredict()
    {
        w.Line("/// <summary>Writes the predicted class of each row: the argmax of the " + (hasLoss ? "logits (no softmax needed: it keeps the order)" : "outputs") + ".</summary>");
        w.Line("/// <param name=\"input\">A row-major batch of <see cref=\"Inputs\"/> features per row.</param>");
        w.Line("/// <param name=\"classes\">Receives one class index per row; at least as long as the number of rows.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The input is ragged or <paramref name=\"classes\"/> is too short.</exception>");
        using (w.Block($"public void {GeneratedNames.Predict}({t.ReadOnlySpan} input, global::System.Span<int> classes)"))
        {
            w.Line("int batch = GetBatch(input, nameof(input));");
            using (w.Block("if (classes.Length < batch)"))
            {
                w.Line("throw new global::System.ArgumentException($\"'classes' has {classes.Length} entries but the input has {batch} rows.\", nameof(classes));");
            }

            w.Line();
            w.Line($"ArgMaxRows({GeneratedNames.Forward}(input), classes.Slice(0, batch));");
        }

        w.Line();
        w.Line("/// <summary>Index of each row's largest entry; ties go to the first index and a NaN wins (as <c>global::LayerGen.Rows.ArgMax</c>).</summary>");
        using (w.Block($"private static void ArgMaxRows({t.ReadOnlySpan} values, global::System.Span<int> classes)"))
        {
            using (w.Block("for (int row = 0; row < classes.Length; row++)"))
            {
                w.Line($"{t.ReadOnlySpan} logits = values.Slice(row * {GeneratedNames.Outputs}, {GeneratedNames.Outputs});");
                w.Line("int best = 0;");
                using (w.Block($"for (int j = 1; j < {GeneratedNames.Outputs} && !{T}.IsNaN(logits[best]); j++)"))
                {
                    using (w.Block($"if (logits[j] > logits[best] || {T}.IsNaN(logits[j]))"))
                    {
                        w.Line("best = j;");
                    }
                }

                w.Line();
                w.Line("classes[row] = best;");
            }
        }

        w.Line();
    }

    private void EmitAccuracy()
    {
        w.Line("/// <summary>Returns the fraction of rows whose predicted class (see <see cref=\"Predict\"/>) equals the label.</summary>");
        w.Line("/// <param name=\"input\">A row-major batch of <see cref=\"Inputs\"/> features per row.</param>");
        w.Line("/// <param name=\"labels\">One class index in [0, <see cref=\"Outputs\"/>) per row.</param>");
        w.Line("/// <returns>A value in [0, 1].</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The input is empty or ragged, or the number of labels differs from the number of rows.</exception>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A label is outside [0, <see cref=\"Outputs\"/>).</exception>");
        using (w.Block($"public double {GeneratedNames.Accuracy}({t.ReadOnlySpan} input, global::System.ReadOnlySpan<int> labels)"))
        {
            w.Line("int batch = GetNonEmptyBatch(input, nameof(input));");
            w.Line("CheckLabels(labels, batch);");
            w.Line("EnsureCapacity(batch);");
            w.Line("global::System.Span<int> classes = new(_classes, 0, batch);");
            w.Line($"{GeneratedNames.Predict}(input, classes);");
            w.Line("int correct = 0;");
            using (w.Block("for (int row = 0; row < batch; row++)"))
            {
                w.Line("correct += classes[row] == labels[row] ? 1 : 0;");
            }

            w.Line();
            w.Line("return (double)correct / batch;");
        }

        w.Line();
    }

    private void EmitSaveLoad()
    {
        string shapes = string.Join(", ", Affines.Select(a => Format(a.Resolved.Inputs) + ", " + Format(a.Resolved.Outputs)));
        string headerBytes = Format(16 + (8 * Affines.Count()));
        w.Line("/// <summary>");
        w.Line("/// Writes all parameters to <paramref name=\"stream\"/>: a header (magic \"LGGN\", format version 1, element size in bytes,");
        w.Line("/// number of Affine layers and each one's inputs and outputs, all 32-bit little-endian) followed by <see cref=\"Parameters\"/>");
        w.Line("/// as little-endian IEEE 754 values.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"stream\">A writable stream.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"stream\"/> is null.</exception>");
        using (w.Block($"public void {GeneratedNames.Save}(global::System.IO.Stream stream)"))
        {
            w.Line("global::System.ArgumentNullException.ThrowIfNull(stream);");
            w.Line($"int[] header = {{ FileMagic, FileVersion, sizeof({T}), {Format(Affines.Count())}, {shapes} }};");
            w.Line($"byte[] bytes = new byte[({headerBytes}) + ({GeneratedNames.ParameterCount} * sizeof({T}))];");
            using (w.Block("for (int i = 0; i < header.Length; i++)"))
            {
                w.Line($"{BinaryPrimitives}.WriteInt32LittleEndian(new global::System.Span<byte>(bytes, 4 * i, 4), header[i]);");
            }

            w.Line();
            using (w.Block("for (int i = 0; i < _parameters.Length; i++)"))
            {
                w.Line($"{BinaryPrimitives}.Write{t.BinaryName}LittleEndian(new global::System.Span<byte>(bytes, {headerBytes} + (i * sizeof({T})), sizeof({T})), _parameters[i]);");
            }

            w.Line();
            w.Line("stream.Write(bytes, 0, bytes.Length);");
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Reads parameters written by <see cref=\"Save\"/>. The header is checked against this network's shapes and the whole");
        w.Line("/// payload is read before any parameter changes; optimizer state (momentum, Adam) is cleared.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"stream\">A readable stream positioned at the start of saved parameters.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"stream\"/> is null.</exception>");
        w.Line("/// <exception cref=\"global::System.IO.InvalidDataException\">The data is not LayerGen parameters, has another version or element type, or other layer shapes.</exception>");
        w.Line("/// <exception cref=\"global::System.IO.EndOfStreamException\">The stream ends early.</exception>");
        using (w.Block($"public void {GeneratedNames.Load}(global::System.IO.Stream stream)"))
        {
            w.Line("global::System.ArgumentNullException.ThrowIfNull(stream);");
            w.Line("byte[] prefix = new byte[16];");
            w.Line("stream.ReadExactly(prefix);");
            w.Line($"int magic = {BinaryPrimitives}.ReadInt32LittleEndian(new global::System.ReadOnlySpan<byte>(prefix, 0, 4));");
            w.Line($"int version = {BinaryPrimitives}.ReadInt32LittleEndian(new global::System.ReadOnlySpan<byte>(prefix, 4, 4));");
            w.Line($"int elementSize = {BinaryPrimitives}.ReadInt32LittleEndian(new global::System.ReadOnlySpan<byte>(prefix, 8, 4));");
            w.Line($"int affineLayers = {BinaryPrimitives}.ReadInt32LittleEndian(new global::System.ReadOnlySpan<byte>(prefix, 12, 4));");
            using (w.Block("if (magic != FileMagic)"))
            {
                w.Line("throw new global::System.IO.InvalidDataException($\"The stream does not hold LayerGen parameters (magic 0x{magic:X8}, expected 0x{FileMagic:X8}).\");");
            }

            w.Line();
            using (w.Block("if (version != FileVersion)"))
            {
                w.Line("throw new global::System.IO.InvalidDataException($\"The parameters have format version {version}; this code reads version {FileVersion}.\");");
            }

            w.Line();
            using (w.Block($"if (elementSize != sizeof({T}))"))
            {
                w.Line($"throw new global::System.IO.InvalidDataException($\"The parameters were saved with {{elementSize}}-byte elements; {model.Name} uses {T} ({{sizeof({T})}} bytes).\");");
            }

            w.Line();
            using (w.Block("if (affineLayers < 0 || affineLayers > 4096)"))
            {
                w.Line("throw new global::System.IO.InvalidDataException($\"The parameters have a corrupt header ({affineLayers} Affine layers).\");");
            }

            w.Line();
            w.Line("byte[] shapeBytes = new byte[8 * affineLayers];");
            w.Line("stream.ReadExactly(shapeBytes);");
            w.Line("string found = string.Empty;");
            using (w.Block("for (int i = 0; i < affineLayers; i++)"))
            {
                w.Line($"int inputs = {BinaryPrimitives}.ReadInt32LittleEndian(new global::System.ReadOnlySpan<byte>(shapeBytes, 8 * i, 4));");
                w.Line($"int outputs = {BinaryPrimitives}.ReadInt32LittleEndian(new global::System.ReadOnlySpan<byte>(shapeBytes, (8 * i) + 4, 4));");
                w.Line("found += (i == 0 ? string.Empty : \", \") + inputs.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"×\" + outputs.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
            }

            w.Line();
            string expected = string.Join(", ", Affines.Select(a => Format(a.Resolved.Inputs) + "×" + Format(a.Resolved.Outputs)));
            using (w.Block($"if (found != \"{expected}\")"))
            {
                w.Line($"throw new global::System.IO.InvalidDataException($\"The parameters are for Affine layers [{{found}}] but {model.Name} has [{expected}].\");");
            }

            w.Line();
            w.Line($"byte[] payload = new byte[{GeneratedNames.ParameterCount} * sizeof({T})];");
            w.Line("stream.ReadExactly(payload);");
            using (w.Block("for (int i = 0; i < _parameters.Length; i++)"))
            {
                w.Line($"_parameters[i] = {BinaryPrimitives}.Read{t.BinaryName}LittleEndian(new global::System.ReadOnlySpan<byte>(payload, i * sizeof({T}), sizeof({T})));");
            }

            if (hasLoss)
            {
                w.Line();
                w.Line("ClearOptimizerState();");
            }
        }

        w.Line();
    }

    private void EmitResetParameters()
    {
        w.Line("/// <summary>");
        w.Line("/// Re-initialises every parameter from <paramref name=\"seed\"/> (deterministic): He normal initialisation for Affine layers");
        w.Line("/// followed by Relu, Xavier (Glorot) normal otherwise, zero biases." + (hasLoss ? " Optimizer state is cleared." : string.Empty));
        w.Line($"/// A new instance is initialised with seed {Format(model.Seed)} (<c>LayerOptions.Seed</c>).");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"seed\">Seed of the initialiser.</param>");
        using (w.Block($"public void {GeneratedNames.ResetParameters}(int seed)"))
        {
            w.Line("InitializeParameters(_parameters, seed);");
            if (hasLoss)
            {
                w.Line("ClearOptimizerState();");
            }
        }

        w.Line();
    }

    private void EmitPrivateHelpers()
    {
        w.Line("private static int GetBatch(" + t.ReadOnlySpan + " input, string name)");
        using (w.Block())
        {
            using (w.Block($"if (input.Length % {GeneratedNames.Inputs} != 0)"))
            {
                w.Line($"throw new global::System.ArgumentException($\"The length of '{{name}}' ({{input.Length}}) is not a multiple of Inputs ({{{GeneratedNames.Inputs}}}).\", name);");
            }

            w.Line();
            w.Line($"return input.Length / {GeneratedNames.Inputs};");
        }

        w.Line();
        using (w.Block($"private static int GetNonEmptyBatch({t.ReadOnlySpan} input, string name)"))
        {
            w.Line("int batch = GetBatch(input, name);");
            w.Line("return batch > 0 ? batch : throw new global::System.ArgumentException($\"'{name}' is empty: a batch needs at least one row.\", name);");
        }

        w.Line();
        using (w.Block("private static void CheckLabels(global::System.ReadOnlySpan<int> labels, int batch)"))
        {
            using (w.Block("if (labels.Length != batch)"))
            {
                w.Line("throw new global::System.ArgumentException($\"'labels' has {labels.Length} entries but the input has {batch} rows.\", nameof(labels));");
            }

            w.Line();
            using (w.Block("for (int row = 0; row < batch; row++)"))
            {
                using (w.Block($"if ((uint)labels[row] >= {GeneratedNames.Outputs})"))
                {
                    w.Line($"throw new global::System.ArgumentOutOfRangeException(nameof(labels), labels[row], $\"Label {{labels[row]}} of row {{row}} is outside [0, {{{GeneratedNames.Outputs}}}).\");");
                }
            }
        }

        w.Line();
        w.Line("/// <summary>Grows the batch buffers to <paramref name=\"batch\"/> rows; smaller batches reuse them.</summary>");
        using (w.Block("private void EnsureCapacity(int batch)"))
        {
            using (w.Block("if (batch <= _capacity)"))
            {
                w.Line("return;");
            }

            w.Line();
            w.Line($"_input = new {T}[checked(batch * {GeneratedNames.Inputs})];");
            foreach (Layer layer in layers)
            {
                w.Line($"{GeneratedNames.Activation(layer.Number)} = new {T}[checked(batch * {Format(layer.Resolved.Outputs)})];");
            }

            if (hasLoss)
            {
                foreach (Layer layer in layers)
                {
                    w.Line($"{GeneratedNames.ActivationGradient(layer.Number)} = new {T}[checked(batch * {Format(layer.Resolved.Outputs)})];");
                }
            }

            w.Line("_classes = new int[batch];");
            w.Line("_capacity = batch;");
        }

        w.Line();
        if (hasLoss)
        {
            using (w.Block("private void ClearOptimizerState()"))
            {
                w.Line("_velocity = null;");
                w.Line("_adamMoment1 = null;");
                w.Line("_adamMoment2 = null;");
                w.Line("_adamSteps = 0;");
            }

            w.Line();
        }

        w.Line("/// <summary>Splits the batch into one chunk of rows per thread; the layers are independent across rows.</summary>");
        using (w.Block("private void ForwardParallel(int batch)"))
        {
            w.Line("int chunks = global::System.Math.Min(_maxDegreeOfParallelism, batch);");
            w.Line($"{Parallel}.For(0, chunks, new global::System.Threading.Tasks.ParallelOptions {{ MaxDegreeOfParallelism = chunks }}, chunk =>");
            w.Line("{");
            w.Line("    int start = (int)((long)batch * chunk / chunks);");
            w.Line("    int end = (int)((long)batch * (chunk + 1) / chunks);");
            w.Line("    ForwardRows(start, end - start);");
            w.Line("});");
        }

        w.Line();
        if (hasLoss)
        {
            w.Line("/// <summary>Back-propagates chunks of rows on several threads; each chunk writes its own gradients, which are then summed.</summary>");
            using (w.Block("private void BackwardParallel(int batch)"))
            {
                w.Line("int chunks = global::System.Math.Min(_maxDegreeOfParallelism, batch);");
                using (w.Block("if (_chunkGradients.Length < chunks - 1)"))
                {
                    w.Line($"{T}[][] grown = new {T}[chunks - 1][];");
                    using (w.Block("for (int i = 0; i < grown.Length; i++)"))
                    {
                        w.Line($"grown[i] = i < _chunkGradients.Length ? _chunkGradients[i] : new {T}[{GeneratedNames.ParameterCount}];");
                    }

                    w.Line();
                    w.Line("_chunkGradients = grown;");
                }

                w.Line();
                w.Line($"{Parallel}.For(0, chunks, new global::System.Threading.Tasks.ParallelOptions {{ MaxDegreeOfParallelism = chunks }}, chunk =>");
                w.Line("{");
                w.Line("    int start = (int)((long)batch * chunk / chunks);");
                w.Line("    int end = (int)((long)batch * (chunk + 1) / chunks);");
                w.Line("    BackwardRows(start, end - start, chunk == 0 ? _gradients : _chunkGradients[chunk - 1]);");
                w.Line("});");
                w.Line();
                using (w.Block("for (int chunk = 1; chunk < chunks; chunk++)"))
                {
                    w.Line($"{T}[] partial = _chunkGradients[chunk - 1];");
                    using (w.Block("for (int i = 0; i < _gradients.Length; i++)"))
                    {
                        w.Line("_gradients[i] += partial[i];");
                    }
                }
            }

            w.Line();
        }
    }

    /// <summary>True when the layer after this Affine layer is a Relu: the forward uses <c>Affine.ForwardRelu</c>.</summary>
    private bool ReluFollows(Layer affine) => affine.Number < layers.Count && layers[affine.Number].Resolved.Kind == LayerKind.Relu;

    /// <summary>
    /// True when this Affine layer's input is the output of a Relu that itself has a layer below to propagate to:
    /// the backward uses <c>Affine.BackwardThroughRelu</c> and the Relu's own backward is skipped.
    /// </summary>
    private bool ReluBelowPropagates(Layer layer) =>
        layer.Resolved.Kind == LayerKind.Affine && layer.Number > 2 && layers[layer.Number - 2].Resolved.Kind == LayerKind.Relu;

    private string InputOf(Layer layer) => layer.Number == 1 ? "input" : "output" + Format(layer.Number - 1);

    private void DeclareSlice(string name, string field, int width, bool readOnly = false) =>
        w.Line($"{(readOnly ? t.ReadOnlySpan : t.Span)} {name} = new({field}, start * {Format(width)}, count * {Format(width)});");

    private void EmitForwardRows()
    {
        w.Line("/// <summary>Runs every layer on rows [start, start + count) of the batch buffers.</summary>");
        using (w.Block("private void ForwardRows(int start, int count)"))
        {
            DeclareSlice("input", "_input", Inputs, readOnly: true);
            foreach (Layer layer in layers)
            {
                w.Line();
                w.Line($"// Layer {Format(layer.Number)}: {layer.Describe()}");
                bool fusedRelu = layer.Resolved.Kind == LayerKind.Relu && layer.Number > 1 && ReluFollows(layers[layer.Number - 2]);
                if (!fusedRelu && !(layer.Resolved.Kind == LayerKind.Affine && ReluFollows(layer)))
                {
                    DeclareSlice("output" + Format(layer.Number), GeneratedNames.Activation(layer.Number), layer.Resolved.Outputs);
                }

                string x = InputOf(layer), y = "output" + Format(layer.Number);
                switch (layer.Resolved.Kind)
                {
                    case LayerKind.Affine when ReluFollows(layer):
                        // The Relu after this layer is applied as the products leave the registers (one pass, no pre-activation store).
                        DeclareSlice("output" + Format(layer.Number + 1), GeneratedNames.Activation(layer.Number + 1), layers[layer.Number].Resolved.Outputs);
                        w.Line($"global::LayerGen.Affine.ForwardRelu({x}, {GeneratedNames.AffineWeights(layer.AffineIndex)}, {GeneratedNames.AffineBias(layer.AffineIndex)}, output{Format(layer.Number + 1)}, {Format(layer.Resolved.Inputs)}, {Format(layer.Resolved.Outputs)});");
                        break;
                    case LayerKind.Affine:
                        w.Line($"global::LayerGen.Affine.Forward({x}, {GeneratedNames.AffineWeights(layer.AffineIndex)}, {GeneratedNames.AffineBias(layer.AffineIndex)}, {y}, {Format(layer.Resolved.Inputs)}, {Format(layer.Resolved.Outputs)});");
                        break;
                    case LayerKind.Relu when fusedRelu:
                        w.Line("// Fused into the Affine layer above (Affine.ForwardRelu).");
                        break;
                    case LayerKind.Softmax:
                        EmitSoftmaxRows(layer, GeneratedNames.SoftmaxRow(layer.Resolved.Outputs), $"{x}.Slice(row * {{0}}, {{0}}), {y}.Slice(row * {{0}}, {{0}})",
                            $"global::LayerGen.Softmax.Forward({x}, {y}, {Format(layer.Resolved.Outputs)});", forward: true);
                        break;
                    default:
                        w.Line($"global::LayerGen.Activations.{LayerValidator.DisplayName(layer.Resolved.Kind)}({x}, {y});");
                        break;
                }
            }
        }

        w.Line();
    }

    private void EmitSoftmaxRows(Layer layer, string helper, string argumentsFormat, string runtimeCall, bool forward)
    {
        if (!Inline)
        {
            w.Line(runtimeCall);
            return;
        }

        void InlineLoop()
        {
            using (w.Block("for (int row = 0; row < count; row++)"))
            {
                w.Line($"{helper}({string.Format(System.Globalization.CultureInfo.InvariantCulture, argumentsFormat, Format(layer.Resolved.Outputs))});");
            }
        }

        if (forward)
        {
            // Only the forward may go to the runtime; the inline gradient measured as fast or faster.
            SoftmaxKernelEmitter.EmitForwardDispatch(w, t, model.Kernel, layer.Resolved.Outputs, runtimeCall, InlineLoop);
        }
        else
        {
            InlineLoop();
        }
    }

    private void EmitBackwardRows()
    {
        w.Line("/// <summary>Back-propagates rows [start, start + count), last layer first, writing parameter gradients into <paramref name=\"gradients\"/>.</summary>");
        using (w.Block($"private void BackwardRows(int start, int count, {t.Span} gradients)"))
        {
            DeclareSlice("input", "_input", Inputs, readOnly: true);
            foreach (Layer layer in layers)
            {
                DeclareSlice("output" + Format(layer.Number), GeneratedNames.Activation(layer.Number), layer.Resolved.Outputs, readOnly: true);
                DeclareSlice("gradient" + Format(layer.Number), GeneratedNames.ActivationGradient(layer.Number), layer.Resolved.Outputs);
            }

            for (int i = layers.Count - 1; i >= 0; i--)
            {
                Layer layer = layers[i];
                w.Line();
                w.Line($"// Layer {Format(layer.Number)}: {layer.Describe()}");
                string x = InputOf(layer), y = "output" + Format(layer.Number), dy = "gradient" + Format(layer.Number);
                string dx = layer.Number == 1 ? "default" : "gradient" + Format(layer.Number - 1);
                switch (layer.Resolved.Kind)
                {
                    case LayerKind.Affine:
                        string weights = Format(layer.Resolved.Inputs * layer.Resolved.Outputs);
                        bool throughRelu = ReluBelowPropagates(layer);
                        if (throughRelu)
                        {
                            // The Relu below's backward is applied to dx as it is stored: dx = (dy·Wᵀ) ⊙ [x > 0].
                            dx = "gradient" + Format(layer.Number - 2);
                        }

                        w.Line($"global::LayerGen.Affine.{(throughRelu ? "BackwardThroughRelu" : "Backward")}({x}, {GeneratedNames.AffineWeights(layer.AffineIndex)}, {dy}, {dx},");
                        w.Line($"    gradients.Slice({Format(layer.WeightsOffset)}, {weights}), gradients.Slice({Format(layer.BiasOffset)}, {Format(layer.Resolved.Outputs)}), {Format(layer.Resolved.Inputs)}, {Format(layer.Resolved.Outputs)});");
                        break;
                    case LayerKind.Softmax when layer.Number > 1:
                        EmitSoftmaxRows(layer, GeneratedNames.SoftmaxGradientRow(layer.Resolved.Outputs), $"{y}.Slice(row * {{0}}, {{0}}), {dy}.Slice(row * {{0}}, {{0}}), {dx}.Slice(row * {{0}}, {{0}})",
                            $"global::LayerGen.Softmax.Backward({y}, {dy}, {dx}, {Format(layer.Resolved.Outputs)});", forward: false);
                        break;
                    case LayerKind.Relu when layer.Number > 1 && layer.Number < layers.Count && ReluBelowPropagates(layers[layer.Number]):
                        w.Line("// Fused into the Affine layer above (Affine.BackwardThroughRelu).");
                        break;
                    case LayerKind.Relu or LayerKind.Sigmoid or LayerKind.Tanh when layer.Number > 1:
                        w.Line($"global::LayerGen.Activations.{LayerValidator.DisplayName(layer.Resolved.Kind)}Backward({y}, {dy}, {dx});");
                        break;
                    default:
                        w.Line("// The first layer has no parameters and nothing below it: no gradient to propagate.");
                        break;
                }
            }
        }

        w.Line();
    }

    private void EmitInitializer()
    {
        w.Line("/// <summary>Fills <paramref name=\"parameters\"/> deterministically from <paramref name=\"seed\"/>; biases start at 0.</summary>");
        using (w.Block($"private static {T}[] InitializeParameters({T}[] parameters, int seed)"))
        {
            w.Line("ulong state = unchecked((ulong)seed);");
            for (int i = 0; i < layers.Count; i++)
            {
                Layer layer = layers[i];
                if (layer.AffineIndex == 0)
                {
                    continue;
                }

                bool he = i + 1 < layers.Count && layers[i + 1].Resolved.Kind == LayerKind.Relu;
                int inputs = layer.Resolved.Inputs, outputs = layer.Resolved.Outputs;
                w.Line();
                w.Line(he
                    ? $"// Affine {Format(layer.AffineIndex)} ({Format(inputs)} → {Format(outputs)}) feeds a Relu: He initialisation, N(0, 2 / {Format(inputs)})."
                    : $"// Affine {Format(layer.AffineIndex)} ({Format(inputs)} → {Format(outputs)}): Xavier (Glorot) initialisation, N(0, 2 / ({Format(inputs)} + {Format(outputs)})).");
                w.Line($"double scale{Format(layer.AffineIndex)} = global::System.Math.Sqrt(2.0 / {(he ? Format(inputs) : Format(inputs + outputs))});");
                using (w.Block($"for (int i = 0; i < {Format(inputs * outputs)}; i++)"))
                {
                    w.Line($"parameters[{Format(layer.WeightsOffset)} + i] = ({T})(scale{Format(layer.AffineIndex)} * NextGaussian(ref state));");
                }

                w.Line();
                w.Line($"global::System.Array.Clear(parameters, {Format(layer.BiasOffset)}, {Format(outputs)});");
            }

            w.Line("return parameters;");
        }

        w.Line();
        w.Line("/// <summary>A standard normal sample (Box–Muller over SplitMix64), the same on every platform for a given state.</summary>");
        using (w.Block("private static double NextGaussian(ref ulong state)"))
        {
            w.Line("double u1 = 1.0 - (NextBits(ref state) >> 11) * (1.0 / 9007199254740992.0); // (0, 1]");
            w.Line("double u2 = (NextBits(ref state) >> 11) * (1.0 / 9007199254740992.0); // [0, 1)");
            w.Line("return global::System.Math.Sqrt(-2.0 * global::System.Math.Log(u1)) * global::System.Math.Cos(2.0 * global::System.Math.PI * u2);");
            w.Line();
            using (w.Block("static ulong NextBits(ref ulong state)"))
            {
                w.Line("// SplitMix64 (Steele, Lea and Flood, 2014).");
                w.Line("unchecked");
                using (w.Block())
                {
                    w.Line("ulong z = state += 0x9E3779B97F4A7C15UL;");
                    w.Line("z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;");
                    w.Line("z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;");
                    w.Line("return z ^ (z >> 31);");
                }
            }
        }
    }

    private void EmitSoftmaxKernels()
    {
        if (!Inline)
        {
            return;
        }

        // One set of row helpers per distinct size, holding only the families that are used.
        var sizes = new SortedDictionary<int, (bool Forward, bool Gradient, bool Loss)>();
        foreach (Layer layer in layers.Where(layer => layer.Resolved.Kind == LayerKind.Softmax))
        {
            sizes.TryGetValue(layer.Resolved.Outputs, out var use);
            sizes[layer.Resolved.Outputs] = (true, use.Gradient || (hasLoss && layer.Number > 1), use.Loss);
        }

        if (hasLoss)
        {
            sizes.TryGetValue(lossSize, out var use);
            sizes[lossSize] = (use.Forward, use.Gradient, true);
        }

        if (sizes.Count == 0)
        {
            return;
        }

        foreach (KeyValuePair<int, (bool Forward, bool Gradient, bool Loss)> size in sizes)
        {
            w.Line();
            SoftmaxKernelEmitter.Emit(w, t, model.Kernel, size.Key, size.Value.Forward, size.Value.Gradient, size.Value.Loss);
        }

        w.Line();
        SoftmaxKernelEmitter.EmitNonFiniteHelpers(w, t, loss: hasLoss);
        if (SoftmaxKernelEmitter.UsesVector256(model.Kernel, sizes.Keys, t))
        {
            w.Line();
            SoftmaxKernelEmitter.EmitVectorExp(w, t);
        }
    }

    /// <summary>A non-loss layer of the network: 1-based number, resolved sizes, Affine index and parameter offsets.</summary>
    private sealed class Layer(int number, ResolvedLayer resolved, int affineIndex, int weightsOffset, int biasOffset)
    {
        public int Number { get; } = number;

        public ResolvedLayer Resolved { get; } = resolved;

        public int AffineIndex { get; } = affineIndex;

        public int WeightsOffset { get; } = weightsOffset;

        public int BiasOffset { get; } = biasOffset;

        public string Describe() => Resolved.Kind == LayerKind.Affine
            ? $"Affine {Format(AffineIndex)}, {Format(Resolved.Inputs)} → {Format(Resolved.Outputs)}"
            : $"{LayerValidator.DisplayName(Resolved.Kind)} over {Format(Resolved.Outputs)}";
    }

    private readonly struct ImmutableLayers(System.Collections.Immutable.ImmutableArray<ResolvedLayer> items)
    {
        public System.Collections.Immutable.ImmutableArray<ResolvedLayer> Items { get; } = items;

        public int Count => Items.Length;

        public ResolvedLayer Last => Items[Items.Length - 1];
    }
}
