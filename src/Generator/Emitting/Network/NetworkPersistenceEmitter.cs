using System.Linq;
using LayerGen.Generator.Model;
using LayerGen.Validation;
using static LayerGen.Generator.Emitting.Network.NetworkContext;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Network;

/// <summary>A network's parameters over time: <c>Save</c>, <c>Load</c>, <c>ResetParameters</c> and the seeded initialiser.</summary>
internal static class NetworkPersistenceEmitter
{
    public static void Emit(NetworkContext context)
    {
        CodeWriter writer = context.Writer;
        bool hasLoss = context.Network.HasLoss;
        string parameters = $"{Helpers}NetworkParameters";
        writer.Doc("summary",
            context.Network.HasCustomLayers
                ? "Writes all parameters to <paramref name=\"stream\"/>: a header (\"LGGN\", format version 2, element size, the Affine "
                    + $"shapes, the custom layers' shapes and parameter counts; 32-bit integers) and <see cref=\"{GeneratedNames.Parameters}\"/>, all little-endian."
                : "Writes all parameters to <paramref name=\"stream\"/>: a header (\"LGGN\", format version 1, element size, the Affine "
                    + $"shapes; 32-bit integers) and <see cref=\"{GeneratedNames.Parameters}\"/>, all little-endian.");
        writer.Doc("param", "A writable stream.", "name=\"stream\"");
        writer.Doc("exception", "<paramref name=\"stream\"/> is null.", "cref=\"global::System.ArgumentNullException\"");
        writer.Line($"public void {GeneratedNames.Save}(global::System.IO.Stream stream) =>");
        using (writer.Indent())
        {
            writer.Call($"{parameters}.Save<{context.T}>", ["stream", "_parameters", GeneratedNames.DescribeLayers + "()"], ";");
        }

        writer.Line();
        writer.Doc("summary",
            $"Reads parameters written by <see cref=\"{GeneratedNames.Save}\"/>. The header is checked against this network's shapes and "
            + "the whole payload is read before any parameter changes" + (hasLoss ? "; optimizer state (momentum, Adam) is cleared." : "."));
        writer.Doc("param", "A readable stream positioned at the start of saved parameters.", "name=\"stream\"");
        writer.Doc("exception", "<paramref name=\"stream\"/> is null.", "cref=\"global::System.ArgumentNullException\"");
        writer.Doc("exception",
            "The data is not LayerGen parameters, has another version or element type, or other layer shapes.",
            "cref=\"global::System.IO.InvalidDataException\"");
        writer.Doc("exception", "The stream ends early.", "cref=\"global::System.IO.EndOfStreamException\"");
        using (writer.Block($"public void {GeneratedNames.Load}(global::System.IO.Stream stream)"))
        {
            string name = $"nameof({Escaped(context.Model.Identity.Name)})";
            writer.Call($"{parameters}.Load<{context.T}>", ["stream", "_parameters", GeneratedNames.DescribeLayers + "()", name], ";");
            if (hasLoss)
            {
                writer.Line("_optimizer.Reset();");
            }
        }

        writer.Line();
        writer.Doc("summary",
            "Re-initialises every parameter from <paramref name=\"seed\"/>: He normal before a Relu, Xavier (Glorot) normal otherwise, "
            + "zero biases." + (hasLoss ? " Optimizer state is cleared." : string.Empty)
            + $" A new instance uses seed {Format(context.Model.Seed)} (<c>LayerOptions.Seed</c>).");
        writer.Doc("param", "Seed of the initialiser.", "name=\"seed\"");
        using (writer.Block($"public void {GeneratedNames.ResetParameters}(int seed)"))
        {
            writer.Line($"{GeneratedNames.InitializeParameters}(_parameters, seed);");
            if (hasLoss)
            {
                writer.Line("_optimizer.Reset();");
            }
        }

        writer.Line();
        EmitLayoutAndInitializer(context, parameters);
    }

    private static void EmitLayoutAndInitializer(NetworkContext context, string parameters)
    {
        CodeWriter writer = context.Writer;
        const string Layer = "global::LayerGen.NetworkLayer";
        writer.Doc("summary", "The layers in order with their parameter offsets (for exporters, initialiser and saved files).");
        writer.Line($"private static {Layer}[] {GeneratedNames.DescribeLayers}() => new {Layer}[]");
        writer.Line("{");
        using (writer.Indent())
        {
            foreach (LayoutLayer layer in context.Network.Layers)
            {
                writer.Line(layer switch
                {
                    { IsAffine: true } => $"{Layer}.Affine({Format(layer.Inputs)}, {Format(layer.Outputs)}, "
                        + $"{GeneratedNames.AffineWeightsStart(layer.AffineIndex)}, {GeneratedNames.AffineBiasStart(layer.AffineIndex)}),",
                    { Custom: { } custom } => $"{Layer}.CustomLayer(\"{custom.DisplayName}\", {Format(layer.Inputs)}, {Format(layer.Outputs)}, "
                        + $"{(layer.HasCustomParameters ? GeneratedNames.CustomParametersStart(layer.CustomIndex) : Format(layer.WeightsStart))}, "
                        + $"{Format(custom.ParameterCount)}),",
                    _ => $"{Layer}.WithoutParameters(global::LayerGen.NetworkLayerKind.{layer.Kind}, {Format(layer.Outputs)}),",
                });
            }

            if (context.Network.HasLoss)
            {
                writer.Line($"{Layer}.WithoutParameters(global::LayerGen.NetworkLayerKind.SoftmaxWithLoss, {Format(context.Network.LossClasses)}),");
            }
        }

        writer.Line("};");
        writer.Line();
        writer.Doc("summary", context.Network.HasCustomLayers
            ? "Fills the parameters deterministically from <paramref name=\"seed\"/>; biases start at 0, custom layers' learnable parameters at their [Learnable] values."
            : "Fills the parameters deterministically from <paramref name=\"seed\"/>; biases start at 0.");
        if (!context.Customs.Any(layer => layer.HasCustomParameters))
        {
            writer.Line($"private static {context.T}[] {GeneratedNames.InitializeParameters}({context.T}[] parameters, int seed) =>");
            using (writer.Indent())
            {
                writer.Line($"{parameters}.Initialize(parameters, seed, {GeneratedNames.DescribeLayers}());");
            }
        }
        else
        {
            using (writer.Block($"private static {context.T}[] {GeneratedNames.InitializeParameters}({context.T}[] parameters, int seed)"))
            {
                writer.Line($"{parameters}.Initialize(parameters, seed, {GeneratedNames.DescribeLayers}());");
                foreach (LayoutLayer layer in context.Customs.Where(layer => layer.HasCustomParameters))
                {
                    writer.Line($"{layer.Custom!.GlobalName}.{GeneratedNames.InitializeLearnables}(parameters, {GeneratedNames.CustomParametersStart(layer.CustomIndex)}, seed);");
                }

                writer.Line("return parameters;");
            }
        }

        writer.Line();
    }
}
