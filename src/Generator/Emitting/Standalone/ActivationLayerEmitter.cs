using LayerGen.Validation;

namespace LayerGen.Generator.Emitting.Standalone;

/// <summary>Emits a standalone activation (<c>[Relu]</c>, <c>[Sigmoid]</c>, <c>[Tanh]</c>): calls of the runtime kernels.</summary>
internal static class ActivationLayerEmitter
{
    public static void Emit(CodeWriter writer, NumericType t, LayerKind kind)
    {
        string name = kind.DisplayName();
        (string formula, string derivative) = kind switch
        {
            LayerKind.Relu => ("<c>y = max(x, 0)</c>", "<c>dx = dy</c> where <c>y &gt; 0</c>, else 0"),
            LayerKind.Sigmoid => ("<c>y = 1 / (1 + exp(−x))</c>", "<c>dx = dy · y · (1 − y)</c>"),
            _ => ("<c>y = tanh(x)</c>", "<c>dx = dy · (1 − y²)</c>"),
        };
        writer.Doc("summary", $"Applies {formula} element-wise (calls <c>global::LayerGen.Activations.{name}</c>).");
        writer.Doc("param", "Input values.", "name=\"x\"");
        writer.Doc("param", "Receives the outputs; at least as long as <paramref name=\"x\"/>; may be <paramref name=\"x\"/> itself.", "name=\"y\"");
        using (writer.Method($"public void {GeneratedNames.Forward}", $"{t.GlobalReadOnlySpan} x", $"{t.GlobalSpan} y"))
        {
            writer.Line($"global::LayerGen.Activations.{name}(x, y);");
        }

        writer.Line();
        writer.Doc("summary", $"Writes the gradient with respect to the input, {derivative}, from the layer's output.");
        writer.Doc("param", $"The output of <see cref=\"{GeneratedNames.Forward}\"/>.", "name=\"y\"");
        writer.Doc("param", "Gradient of the loss with respect to <paramref name=\"y\"/>.", "name=\"dy\"");
        writer.Doc("param", "Receives the gradient with respect to the input; may be <paramref name=\"dy\"/> itself.", "name=\"dx\"");
        using (writer.Method($"public void {GeneratedNames.Backward}", $"{t.GlobalReadOnlySpan} y", $"{t.GlobalReadOnlySpan} dy", $"{t.GlobalSpan} dx"))
        {
            writer.Line($"global::LayerGen.Activations.{name}Backward(y, dy, dx);");
        }
    }
}
