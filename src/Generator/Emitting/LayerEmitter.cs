using LayerGen.Generator.Model;
using LayerGen.Validation;

namespace LayerGen.Generator.Emitting;

/// <summary>Emits a standalone layer: one layer attribute other than <c>[Affine]</c>.</summary>
internal static class LayerEmitter
{
    public static void Emit(CodeWriter w, LayerClassModel model, NumericType t)
    {
        ResolvedLayer layer = model.Layers[0];
        switch (layer.Kind)
        {
            case LayerKind.Softmax:
                EmitSoftmax(w, model, t, layer.Outputs);
                break;
            case LayerKind.SoftmaxWithLoss:
                EmitSoftmaxWithLoss(w, model, t, layer.Outputs);
                break;
            default:
                EmitActivation(w, t, layer.Kind.DisplayName());
                break;
        }
    }

    private static void EmitSoftmax(CodeWriter w, LayerClassModel model, NumericType t, int size)
    {
        string n = SourceEmitter.Format(size);
        w.Line("/// <summary>Number of entries per row.</summary>");
        w.Line($"public const int {GeneratedNames.Size} = {n};");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Writes the softmax of each row of <paramref name=\"x\"/> to <paramref name=\"y\"/>: every row has its own maximum");
        w.Line("/// subtracted before <c>exp</c> and is divided by its own sum, so each row sums to 1.");
        w.Line("/// </summary>");
        w.Line("/// <remarks>");
        w.Line("/// No NaN comes out unless a NaN went in; <c>+∞</c> entries share their row's mass equally; a row of only <c>-∞</c> gives zeros.");
        w.Line("/// <paramref name=\"y\"/> may be <paramref name=\"x\"/> itself.");
        w.Line("/// </remarks>");
        w.Line($"/// <param name=\"x\">Logits: a row-major batch of rows of <see cref=\"{GeneratedNames.Size}\"/> entries.</param>");
        w.Line("/// <param name=\"y\">Receives the probabilities; at least as long as <paramref name=\"x\"/>.</param>");
        w.Line($"/// <exception cref=\"global::System.ArgumentException\">The length of <paramref name=\"x\"/> is not a multiple of <see cref=\"{GeneratedNames.Size}\"/>, or <paramref name=\"y\"/> is shorter.</exception>");
        using (w.Block($"public void {GeneratedNames.Forward}({t.ReadOnlySpan} x, {t.Span} y)"))
        {
            w.Line($"int rows = {GeneratedNames.CheckRows}(x.Length, nameof(x), y.Length, nameof(y));");
            if (model.Kernel == KernelKind.Runtime)
            {
                w.Line($"global::LayerGen.Softmax.Forward(x, y.Slice(0, x.Length), {GeneratedNames.Size});");
            }
            else
            {
                SoftmaxKernelEmitter.EmitForwardDispatch(w, t, model.Kernel, size, $"global::LayerGen.Softmax.Forward(x, y.Slice(0, x.Length), {GeneratedNames.Size});", () =>
                {
                    using (w.Block("for (int row = 0; row < rows; row++)"))
                    {
                        w.Line($"{GeneratedNames.SoftmaxRow(size)}(x.Slice(row * {GeneratedNames.Size}, {GeneratedNames.Size}), y.Slice(row * {GeneratedNames.Size}, {GeneratedNames.Size}));");
                    }
                });
            }
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Writes the gradient of the loss with respect to the softmax input, <c>dx = y ⊙ (dy − ⟨y, dy⟩)</c> per row,");
        w.Line("/// in O(n) per row: the Jacobian <c>diag(y) − y yᵀ</c> is never formed.");
        w.Line("/// </summary>");
        w.Line("/// <remarks><paramref name=\"dx\"/> may be <paramref name=\"dy\"/> itself. A row of zeros in <paramref name=\"y\"/> (an all <c>-∞</c> input row) gets a zero gradient.</remarks>");
        w.Line($"/// <param name=\"y\">The output of <see cref=\"{GeneratedNames.Forward}\"/>: rows of <see cref=\"{GeneratedNames.Size}\"/> probabilities.</param>");
        w.Line("/// <param name=\"dy\">Gradient of the loss with respect to <paramref name=\"y\"/>; as long as <paramref name=\"y\"/>.</param>");
        w.Line("/// <param name=\"dx\">Receives the gradient with respect to the softmax input; at least as long as <paramref name=\"y\"/>.</param>");
        w.Line($"/// <exception cref=\"global::System.ArgumentException\">A length is not a multiple of <see cref=\"{GeneratedNames.Size}\"/>, the lengths of <paramref name=\"y\"/> and <paramref name=\"dy\"/> differ, or <paramref name=\"dx\"/> is shorter.</exception>");
        using (w.Block($"public void {GeneratedNames.Backward}({t.ReadOnlySpan} y, {t.ReadOnlySpan} dy, {t.Span} dx)"))
        {
            using (w.Block("if (dy.Length != y.Length)"))
            {
                w.Line("throw new global::System.ArgumentException($\"'dy' has {dy.Length} entries but 'y' has {y.Length}; they must be equal.\", nameof(dy));");
            }

            w.Line();
            w.Line($"int rows = {GeneratedNames.CheckRows}(y.Length, nameof(y), dx.Length, nameof(dx));");
            if (model.Kernel == KernelKind.Runtime)
            {
                w.Line($"global::LayerGen.Softmax.Backward(y, dy, dx.Slice(0, y.Length), {GeneratedNames.Size});");
            }
            else
            {
                using (w.Block("for (int row = 0; row < rows; row++)"))
                {
                    w.Line($"int start = row * {GeneratedNames.Size};");
                    w.Line($"{GeneratedNames.SoftmaxGradientRow(size)}(y.Slice(start, {GeneratedNames.Size}), dy.Slice(start, {GeneratedNames.Size}), dx.Slice(start, {GeneratedNames.Size}));");
                }
            }
        }

        w.Line();
        EmitCheckRows(w, GeneratedNames.Size);
        if (model.Kernel != KernelKind.Runtime)
        {
            w.Line();
            SoftmaxKernelEmitter.Emit(w, t, model.Kernel, size, forward: true, gradient: true, loss: false);
            w.Line();
            SoftmaxKernelEmitter.EmitNonFiniteHelpers(w, t, loss: false);
            if (SoftmaxKernelEmitter.UsesVector256(model.Kernel, [size], t))
            {
                w.Line();
                SoftmaxKernelEmitter.EmitVectorExp(w, t);
            }
        }
    }

    private static void EmitSoftmaxWithLoss(CodeWriter w, LayerClassModel model, NumericType t, int classes)
    {
        string T = t.Name;
        w.Line("/// <summary>Number of classes (logits per row).</summary>");
        w.Line($"public const int {GeneratedNames.Classes} = {SourceEmitter.Format(classes)};");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Softmax fused with cross-entropy: returns the mean over rows of <c>−log softmax(logits)[label]</c>, computed with a");
        w.Line("/// per-row log-sum-exp, and writes the gradient <c>(softmax(logits) − onehot(labels)) / rows</c> to <paramref name=\"dLogits\"/>");
        w.Line("/// unless it is empty.");
        w.Line("/// </summary>");
        w.Line("/// <remarks>A label whose logit is <c>-∞</c> costs <c>+∞</c> (not NaN). <paramref name=\"dLogits\"/> may be the logits' own memory.</remarks>");
        w.Line($"/// <param name=\"logits\">A row-major batch of rows of <see cref=\"{GeneratedNames.Classes}\"/> logits.</param>");
        w.Line($"/// <param name=\"labels\">One class index in [0, <see cref=\"{GeneratedNames.Classes}\"/>) per row.</param>");
        w.Line("/// <param name=\"dLogits\">Receives the gradient (as long as <paramref name=\"logits\"/>), or empty for none.</param>");
        w.Line("/// <returns>The mean cross-entropy over the rows.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The logits are empty or ragged, the number of labels differs from the number of rows, or <paramref name=\"dLogits\"/> is neither empty nor long enough.</exception>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A label is outside [0, <see cref=\"Classes\"/>).</exception>");
        using (w.Block($"public {T} {GeneratedNames.Forward}({t.ReadOnlySpan} logits, global::System.ReadOnlySpan<int> labels, {t.Span} dLogits)"))
        {
            w.Line($"int rows = {GeneratedNames.CheckRows}(logits.Length, nameof(logits), dLogits.IsEmpty ? logits.Length : dLogits.Length, nameof(dLogits));");
            using (w.Block("if (rows == 0)"))
            {
                w.Line("throw new global::System.ArgumentException(\"'logits' is empty: the mean loss over no rows is undefined.\", nameof(logits));");
            }

            w.Line();
            using (w.Block("if (labels.Length != rows)"))
            {
                w.Line("throw new global::System.ArgumentException($\"'labels' has {labels.Length} entries but 'logits' has {rows} rows.\", nameof(labels));");
            }

            w.Line();
            using (w.Block("for (int row = 0; row < rows; row++)"))
            {
                using (w.Block($"if ((uint)labels[row] >= {GeneratedNames.Classes})"))
                {
                    w.Line($"throw new global::System.ArgumentOutOfRangeException(nameof(labels), labels[row], $\"Label {{labels[row]}} of row {{row}} is outside [0, {{{GeneratedNames.Classes}}}).\");");
                }
            }

            w.Line();
            if (model.Kernel == KernelKind.Runtime)
            {
                w.Line($"return global::LayerGen.CrossEntropy.FromLogits(logits, labels, dLogits.IsEmpty ? dLogits : dLogits.Slice(0, logits.Length), {GeneratedNames.Classes});");
            }
            else
            {
                w.Line($"{T} invRows = {t.Literal(1)} / rows;");
                w.Line("double total = 0;");
                using (w.Block("for (int row = 0; row < rows; row++)"))
                {
                    w.Line($"int start = row * {GeneratedNames.Classes};");
                    w.Line($"{t.Span} gradient = dLogits.IsEmpty ? default : dLogits.Slice(start, {GeneratedNames.Classes});");
                    w.Line($"total += {GeneratedNames.LossRow(classes)}(logits.Slice(start, {GeneratedNames.Classes}), labels[row], gradient, invRows);");
                }

                w.Line();
                w.Line($"return ({T})(total / rows);");
            }
        }

        w.Line();
        EmitCheckRows(w, GeneratedNames.Classes);
        if (model.Kernel != KernelKind.Runtime)
        {
            w.Line();
            SoftmaxKernelEmitter.Emit(w, t, model.Kernel, classes, forward: false, gradient: false, loss: true);
            w.Line();
            SoftmaxKernelEmitter.EmitNonFiniteHelpers(w, t, loss: true);
            if (SoftmaxKernelEmitter.UsesVector256(model.Kernel, [classes], t))
            {
                w.Line();
                SoftmaxKernelEmitter.EmitVectorExp(w, t);
            }
        }
    }

    private static void EmitActivation(CodeWriter w, NumericType t, string name)
    {
        string formula = name switch
        {
            "Relu" => "<c>y = max(x, 0)</c>",
            "Sigmoid" => "<c>y = 1 / (1 + exp(−x))</c>",
            _ => "<c>y = tanh(x)</c>",
        };
        string derivative = name switch
        {
            "Relu" => "<c>dx = dy</c> where <c>y &gt; 0</c>, else 0",
            "Sigmoid" => "<c>dx = dy · y · (1 − y)</c>",
            _ => "<c>dx = dy · (1 − y²)</c>",
        };
        w.Line($"/// <summary>Applies {formula} element-wise (calls <c>global::LayerGen.Activations.{name}</c>).</summary>");
        w.Line("/// <param name=\"x\">Input values.</param>");
        w.Line("/// <param name=\"y\">Receives the outputs; at least as long as <paramref name=\"x\"/>; may be <paramref name=\"x\"/> itself.</param>");
        using (w.Block($"public void {GeneratedNames.Forward}({t.ReadOnlySpan} x, {t.Span} y)"))
        {
            w.Line($"global::LayerGen.Activations.{name}(x, y);");
        }

        w.Line();
        w.Line($"/// <summary>Writes the gradient with respect to the input, {derivative}, from the layer's output.</summary>");
        w.Line($"/// <param name=\"y\">The output of <see cref=\"{GeneratedNames.Forward}\"/>.</param>");
        w.Line("/// <param name=\"dy\">Gradient of the loss with respect to <paramref name=\"y\"/>.</param>");
        w.Line("/// <param name=\"dx\">Receives the gradient with respect to the input; may be <paramref name=\"dy\"/> itself.</param>");
        using (w.Block($"public void {GeneratedNames.Backward}({t.ReadOnlySpan} y, {t.ReadOnlySpan} dy, {t.Span} dx)"))
        {
            w.Line($"global::LayerGen.Activations.{name}Backward(y, dy, dx);");
        }
    }

    /// <summary>Emits the shared argument check: ragged source or short destination, thrown before anything is written.</summary>
    private static void EmitCheckRows(CodeWriter w, string rowSize)
    {
        w.Line("/// <summary>Returns the number of rows of a source span, after checking it and its destination.</summary>");
        using (w.Block($"private static int {GeneratedNames.CheckRows}(int sourceLength, string sourceName, int destinationLength, string destinationName)"))
        {
            using (w.Block($"if (sourceLength % {rowSize} != 0)"))
            {
                w.Line($"throw new global::System.ArgumentException($\"The length of '{{sourceName}}' ({{sourceLength}}) is not a multiple of the row size {{{rowSize}}}.\", sourceName);");
            }

            w.Line();
            using (w.Block("if (destinationLength < sourceLength)"))
            {
                w.Line("throw new global::System.ArgumentException($\"'{destinationName}' has {destinationLength} entries but {sourceLength} are needed.\", destinationName);");
            }

            w.Line();
            w.Line($"return sourceLength / {rowSize};");
        }
    }
}
