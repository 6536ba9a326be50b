using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Emitting;
using LayerGen.Generator.Model;
using LayerGen.Validation;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Differentiable;

/// <summary>
/// Emits the class shell of a custom layer (<c>[DifferentiableLayer]</c>): sizes, parameter storage and spans, the batch
/// <c>Forward</c> over the user's <c>ForwardRow</c>, the batch <c>Backward</c> over the derived <c>BackwardRowsFromInputs</c>, and the
/// static entry points a network calls. <c>BackwardRowsFromInputs</c> itself is written by the differentiation engine.
/// </summary>
internal static class DifferentiableLayerEmitter
{
    private const string Checks = "global::LayerGen.Generated.CustomLayerChecks";
    private const string Hidden = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    public static void Emit(CodeWriter writer, LayerClassModel model, DifferentiableLayerModel layer, NumericType t)
    {
        EmitConstants(writer, layer);
        EmitState(writer, layer, t);
        EmitInstanceMethods(writer, t);
        EmitForwardBatch(writer, layer, t);
        EmitBackwardBatch(writer, layer, t);
        EmitInitializer(writer, layer, t);
        writer.Line();
        if (BackwardRowEmitter.EmitsRecording(layer.Backward))
        {
            EmitRecordingBatches(writer, layer, t);
        }

        BackwardRowEmitter.Emit(writer, layer.Backward);
    }

    /// <summary>
    /// The batch entry points over the engine's recording pair: a forward that keeps each row's record (its tape) and a
    /// backward that starts from it, so a forward followed by a backward on the same rows computes the forward once.
    /// </summary>
    private static void EmitRecordingBatches(CodeWriter writer, DifferentiableLayerModel layer, NumericType t)
    {
        writer.Doc("summary", "Entries of one row's record kept by <see cref=\"ForwardBatchRecording\"/> for <see cref=\"BackwardBatchFromTape\"/>.");
        writer.Line(Hidden);
        writer.Line($"public const int {GeneratedNames.RecordLength} = {GeneratedNames.BackwardTapeLength};");
        writer.Line();
        writer.Doc("summary", "Work space entries <see cref=\"BackwardBatchFromTape\"/> needs: one row's adjoints, then one input row.");
        writer.Line(Hidden);
        writer.Line($"public const int {GeneratedNames.FromTapeScratchLength} = {GeneratedNames.BackwardFromTapeScratchLength} + {GeneratedNames.Inputs};");
        writer.Line();
        writer.Doc("summary",
            "<see cref=\"ForwardBatch\"/> that also writes each row's record (what the backward pass needs) into "
            + "<paramref name=\"tape\"/>, for one <see cref=\"BackwardBatchFromTape\"/> call on the same rows.");
        writer.Doc("param", "Input rows.", "name=\"x\"");
        writer.Doc("param", "Receives the output rows (exactly as <see cref=\"ForwardBatch\"/> writes them).", "name=\"y\"");
        writer.Doc("param", "All learnable parameters.", "name=\"parameters\"");
        writer.Doc("param", $"Receives the records: <see cref=\"{GeneratedNames.RecordLength}\"/> entries per row.", "name=\"tape\"");
        writer.Doc("exception", "A length does not fit the sizes, or <paramref name=\"y\"/> overlaps <paramref name=\"x\"/>.", "cref=\"global::System.ArgumentException\"");
        writer.Line(Hidden);
        using (writer.Method($"public static void {GeneratedNames.ForwardBatchRecording}",
            $"{t.GlobalReadOnlySpan} x", $"{t.GlobalSpan} y", $"{t.GlobalReadOnlySpan} parameters", $"{t.GlobalSpan} tape"))
        {
            writer.Call($"int rows = {Checks}.Forward<{t.Name}>",
                ["x", "y", "parameters", GeneratedNames.Inputs, GeneratedNames.Outputs, GeneratedNames.ParameterCount], ";");
            writer.Line($"{Checks}.Tape<{t.Name}>(tape, rows, {GeneratedNames.RecordLength});");
            foreach (LearnableParameter learnable in layer.Learnables)
            {
                writer.Line($"{t.GlobalReadOnlySpan} {Local(learnable)} = {Slice("parameters", learnable)};");
            }

            // The engine's method walks the rows itself (no call per row).
            var arguments = new List<string> { "x", "y", "tape" };
            arguments.AddRange(layer.Learnables.Select(Local));
            arguments.Add("rows");
            writer.Call(GeneratedNames.ForwardRowsRecording, arguments, ";");
        }

        writer.Line();
        writer.Doc("summary",
            "<see cref=\"BackwardBatch\"/> from the records of <see cref=\"ForwardBatchRecording\"/> on the same rows, without running "
            + "the forward again. It only reads the records: any number of calls per recording.");
        writer.Doc("param", "Input rows of the recorded forward pass.", "name=\"x\"");
        writer.Doc("param", "The records written by <see cref=\"ForwardBatchRecording\"/>.", "name=\"tape\"");
        writer.Doc("param", "Gradient of the loss with respect to the output rows.", "name=\"dy\"");
        writer.Doc("param", "Receives the input gradient, or empty when none is needed.", "name=\"dx\"");
        writer.Doc("param", "All learnable parameters.", "name=\"parameters\"");
        writer.Doc("param", "Gradients of the learnable parameters; the rows' gradients are added to it.", "name=\"parameterGradients\"");
        writer.Doc("param", $"Work space of at least <see cref=\"{GeneratedNames.FromTapeScratchLength}\"/> entries.", "name=\"scratch\"");
        writer.Doc("exception", "A length does not fit the sizes, or <paramref name=\"dx\"/> overlaps an input.", "cref=\"global::System.ArgumentException\"");
        writer.Line(Hidden);
        using (writer.Method($"public static void {GeneratedNames.BackwardBatchFromTape}",
            $"{t.GlobalReadOnlySpan} x", $"{t.GlobalSpan} tape", $"{t.GlobalReadOnlySpan} dy", $"{t.GlobalSpan} dx",
            $"{t.GlobalReadOnlySpan} parameters", $"{t.GlobalSpan} parameterGradients", $"{t.GlobalSpan} scratch"))
        {
            EmitBackwardRows(writer, layer, t, fromTape: true);
        }

        writer.Line();
    }

    /// <summary>
    /// The body of <c>BackwardBatch</c> (rows through <c>BackwardRowsFromInputs</c>, which runs the forward again) or of
    /// <c>BackwardBatchFromTape</c> (one call of <c>BackwardRowsFromTape</c>, which walks the rows of the recorded tapes):
    /// argument checks, the learnables' slices, and the rows' calls.
    /// </summary>
    private static void EmitBackwardRows(CodeWriter writer, DifferentiableLayerModel layer, NumericType t, bool fromTape)
    {
        string batchScratch = fromTape ? GeneratedNames.FromTapeScratchLength : GeneratedNames.BatchScratchLength;
        string rowScratch = fromTape ? GeneratedNames.BackwardFromTapeScratchLength : GeneratedNames.BackwardScratchLength;
        writer.Call($"int rows = {Checks}.Backward<{t.Name}>",
        [
            "x", "dy", "dx", "parameters", "parameterGradients", "scratch",
            GeneratedNames.Inputs, GeneratedNames.Outputs, GeneratedNames.ParameterCount, batchScratch, "dxOptional: true",
        ], ";");
        if (fromTape)
        {
            writer.Line($"{Checks}.Tape<{t.Name}>(tape, rows, {GeneratedNames.RecordLength});");
        }

        foreach (LearnableParameter learnable in layer.Learnables)
        {
            writer.Line($"{t.GlobalReadOnlySpan} {Local(learnable)} = {Slice("parameters", learnable)};");
            writer.Line($"{t.GlobalSpan} {Local(learnable)}Gradient = {Slice("parameterGradients", learnable)};");
        }

        writer.Line($"{t.GlobalSpan} rowScratch = scratch.Slice(0, {rowScratch});");
        writer.Line($"{t.GlobalSpan} unusedDx = scratch.Slice({rowScratch}, {GeneratedNames.Inputs});");
        // The engine's methods walk the rows themselves (no call per row); without dx, every row writes unusedDx.
        var batchArguments = new List<string> { "x" };
        if (fromTape)
        {
            batchArguments.Add("tape");
        }

        batchArguments.AddRange(["dy", "dx.IsEmpty ? unusedDx : dx"]);
        foreach (LearnableParameter learnable in layer.Learnables)
        {
            batchArguments.Add(Local(learnable));
            batchArguments.Add(Local(learnable) + "Gradient");
        }

        batchArguments.Add("rowScratch");
        batchArguments.Add("rows");
        writer.Call(fromTape ? GeneratedNames.BackwardRowsFromTape : GeneratedNames.BackwardRowsFromInputs, batchArguments, ";");
    }

    private static void EmitConstants(CodeWriter writer, DifferentiableLayerModel layer)
    {
        string list = layer.Learnables.Length == 0
            ? "none: this layer has no <c>[Learnable]</c> parameters"
            : string.Join(", ", layer.Learnables.Select(l => $"<c>{l.Name}</c> ({Format(l.Length)})"));
        EmitSize(writer, layer, GeneratedNames.Inputs, layer.Inputs, "Entries per input row (the length of <c>x</c> in <c>ForwardRow</c>).");
        EmitSize(writer, layer, GeneratedNames.Outputs, layer.Outputs, "Entries per output row (the length of <c>y</c> in <c>ForwardRow</c>).");
        EmitSize(writer, layer, GeneratedNames.ParameterCount, layer.ParameterCount, $"Entries of all learnable parameters: {list}.");
        writer.Doc("summary",
            $"Work space entries <see cref=\"{GeneratedNames.BackwardBatch}\"/> needs: one row's backward scratch, then one input row "
            + "(the input gradient of a row when the caller needs none).");
        writer.Line(Hidden);
        writer.Line($"public const int {GeneratedNames.BatchScratchLength} = {GeneratedNames.BackwardScratchLength} + {GeneratedNames.Inputs};");
        writer.Line();
        if (layer.Learnables.Length > 0)
        {
            writer.Comment("Where each learnable parameter starts in Parameters (declaration order, one after another).");
            for (int i = 0; i < layer.Learnables.Length; i++)
            {
                writer.Line($"private const int {GeneratedNames.LearnableStart(layer.Learnables[i].PropertyName)} = {Format(layer.StartOf(i))};");
            }

            writer.Line();
        }
    }

    /// <summary>A public size constant, unless the class declares it itself with this value (then its own is used).</summary>
    private static void EmitSize(CodeWriter writer, DifferentiableLayerModel layer, string name, int value, string summary)
    {
        if (layer.UserConstants.Contains(name))
        {
            writer.Comment($"{name} = {Format(value)} is the class's own constant.");
            writer.Line();
            return;
        }

        writer.Doc("summary", summary);
        writer.Line($"public const int {name} = {Format(value)};");
        writer.Line();
    }

    private static void EmitState(CodeWriter writer, DifferentiableLayerModel layer, NumericType t)
    {
        string type = t.Name;
        writer.Line($"private readonly {type}[] _parameters = {GeneratedNames.InitializeLearnables}(new {type}[{GeneratedNames.ParameterCount}], 0, seed: 0);");
        writer.Line($"private readonly {type}[] _parameterGradients = new {type}[{GeneratedNames.ParameterCount}];");
        writer.Line($"private readonly {type}[] _scratch = new {type}[{GeneratedNames.BatchScratchLength}];");
        writer.Line();
        writer.Doc("summary", "All learnable parameters, one after another in <c>ForwardRow</c>'s order; an optimizer updates them in place.");
        writer.Line($"public {t.GlobalSpan} {GeneratedNames.Parameters} => _parameters;");
        writer.Line();
        writer.Doc("summary",
            $"Gradients of <see cref=\"{GeneratedNames.Parameters}\"/>, summed over the rows of the last <see cref=\"{GeneratedNames.Backward}\"/> "
            + "(overwritten by each call).");
        writer.Line($"public {t.GlobalSpan} {GeneratedNames.ParameterGradients} => _parameterGradients;");
        writer.Line();
        foreach (LearnableParameter learnable in layer.Learnables)
        {
            string property = learnable.PropertyName, start = GeneratedNames.LearnableStart(property), length = Format(learnable.Length);
            string initial = learnable.StandardDeviation > 0
                ? $"{Number(learnable.Initial)} + {Number(learnable.StandardDeviation)} · N(0, 1) (seeded)"
                : Number(learnable.Initial);
            writer.Doc("summary", $"The learnable parameter <c>{learnable.Name}</c> of <c>ForwardRow</c>: {length} entries, initially {initial}.");
            writer.Line($"public {t.GlobalSpan} {property} => new(_parameters, {start}, {length});");
            writer.Doc("summary", $"Gradient of <see cref=\"{property}\"/> written by <see cref=\"{GeneratedNames.Backward}\"/>.");
            writer.Line($"public {t.GlobalSpan} {GeneratedNames.LearnableGradient(property)} => new(_parameterGradients, {start}, {length});");
            writer.Line();
        }
    }

    private static void EmitInstanceMethods(CodeWriter writer, NumericType t)
    {
        writer.Doc("summary",
            "Runs <c>ForwardRow</c> on each row of <paramref name=\"x\"/> with this instance's learnable parameters.");
        writer.Doc("param", $"A row-major batch of rows of <see cref=\"{GeneratedNames.Inputs}\"/> entries.", "name=\"x\"");
        writer.Doc("param", $"Receives rows of <see cref=\"{GeneratedNames.Outputs}\"/> entries; must not overlap <paramref name=\"x\"/>.", "name=\"y\"");
        writer.Doc("exception",
            "The length of <paramref name=\"x\"/> is not a multiple of Inputs, <paramref name=\"y\"/> is shorter than rows × Outputs, "
            + "or the two overlap. Nothing is written then.",
            "cref=\"global::System.ArgumentException\"");
        writer.ExpressionBodied($"public void {GeneratedNames.Forward}", [$"{t.GlobalReadOnlySpan} x", $"{t.GlobalSpan} y"], $"{GeneratedNames.ForwardBatch}(x, y, _parameters);");
        writer.Line();
        writer.Doc("summary",
            "Writes the gradient of the loss with respect to the input rows, derived from <c>ForwardRow</c> by LayerGen, and "
            + $"overwrites <see cref=\"{GeneratedNames.ParameterGradients}\"/> with the gradients of the learnable parameters summed over the rows.");
        writer.Doc("param", $"The input rows of the matching <see cref=\"{GeneratedNames.Forward}\"/> call.", "name=\"x\"");
        writer.Doc("param", $"Gradient of the loss with respect to the outputs: rows of <see cref=\"{GeneratedNames.Outputs}\"/> entries.", "name=\"dy\"");
        writer.Doc("param", "Receives the gradient with respect to <paramref name=\"x\"/>; at least as long, overlapping neither input.", "name=\"dx\"");
        writer.Doc("exception",
            "The length of <paramref name=\"x\"/> is not a multiple of Inputs, <paramref name=\"dy\"/> is not rows × Outputs long, "
            + "<paramref name=\"dx\"/> is shorter than <paramref name=\"x\"/> or overlaps an input. Nothing is written then.",
            "cref=\"global::System.ArgumentException\"");
        using (writer.Method($"public void {GeneratedNames.Backward}", $"{t.GlobalReadOnlySpan} x", $"{t.GlobalReadOnlySpan} dy", $"{t.GlobalSpan} dx"))
        {
            writer.Call($"{Checks}.Backward<{t.Name}>",
            [
                "x", "dy", "dx", "_parameters", "_parameterGradients", "_scratch",
                GeneratedNames.Inputs, GeneratedNames.Outputs, GeneratedNames.ParameterCount, GeneratedNames.BatchScratchLength, "dxOptional: false",
            ], ";");
            writer.Line("global::System.Array.Clear(_parameterGradients);");
            writer.Line($"{GeneratedNames.BackwardBatch}(x, dy, dx, _parameters, _parameterGradients, _scratch);");
        }

        writer.Line();
    }

    private static void EmitForwardBatch(CodeWriter writer, DifferentiableLayerModel layer, NumericType t)
    {
        writer.Doc("summary", "Runs <c>ForwardRow</c> on each row with the given learnable parameters (the entry point networks call).");
        writer.Doc("param", "Input rows.", "name=\"x\"");
        writer.Doc("param", "Receives the output rows.", "name=\"y\"");
        writer.Doc("param", $"All learnable parameters, laid out like <see cref=\"{GeneratedNames.Parameters}\"/>.", "name=\"parameters\"");
        writer.Doc("exception", "A length does not fit the sizes, or <paramref name=\"y\"/> overlaps <paramref name=\"x\"/>.", "cref=\"global::System.ArgumentException\"");
        writer.Line(Hidden);
        using (writer.Method($"public static void {GeneratedNames.ForwardBatch}", $"{t.GlobalReadOnlySpan} x", $"{t.GlobalSpan} y", $"{t.GlobalReadOnlySpan} parameters"))
        {
            writer.Call($"int rows = {Checks}.Forward<{t.Name}>",
                ["x", "y", "parameters", GeneratedNames.Inputs, GeneratedNames.Outputs, GeneratedNames.ParameterCount], ";");
            foreach (LearnableParameter learnable in layer.Learnables)
            {
                writer.Line($"{t.GlobalReadOnlySpan} {Local(learnable)} = {Slice("parameters", learnable)};");
            }

            if (BackwardRowEmitter.EmitsVectorizedForward(layer.Backward))
            {
                // ForwardRow as the engine compiles it (element-wise loops on lanes) when some loop runs on lanes: then
                // Forward, the recording forward and the backward's forward compute the same values. It walks the rows
                // itself (no call per row).
                var batchArguments = new List<string> { "x", "y" };
                batchArguments.AddRange(layer.Learnables.Select(Local));
                batchArguments.Add("rows");
                writer.Call(BackwardRowEmitter.VectorizedForwardName, batchArguments, ";");
            }
            else
            {
                if (layer.Backward.OutputStartsAtZero)
                {
                    writer.Line("// ForwardRow reads y before writing it: y starts every row at zero, as in the derived paths.");
                    writer.Line($"y.Slice(0, rows * {GeneratedNames.Outputs}).Clear();");
                }

                using (writer.Block("for (int row = 0; row < rows; row++)"))
                {
                    var arguments = new List<string> { RowOf("x", GeneratedNames.Inputs), RowOf("y", GeneratedNames.Outputs) };
                    arguments.AddRange(layer.Learnables.Select(Local));
                    writer.Call(ForwardRowReader.MethodName, arguments, ";");
                }
            }
        }

        writer.Line();
    }

    private static void EmitBackwardBatch(CodeWriter writer, DifferentiableLayerModel layer, NumericType t)
    {
        writer.Doc("summary",
            "Back-propagates each row through the derived <c>BackwardRowsFromInputs</c>: writes the input gradient and adds the rows' "
            + "learnable-parameter gradients to <paramref name=\"parameterGradients\"/> (the entry point networks call).");
        writer.Doc("param", "Input rows of the forward pass.", "name=\"x\"");
        writer.Doc("param", "Gradient of the loss with respect to the output rows.", "name=\"dy\"");
        writer.Doc("param", "Receives the input gradient, or empty when none is needed (the first layer of a network).", "name=\"dx\"");
        writer.Doc("param", "All learnable parameters.", "name=\"parameters\"");
        writer.Doc("param", "Gradients of the learnable parameters; the rows' gradients are added to it.", "name=\"parameterGradients\"");
        writer.Doc("param", $"Work space of at least <see cref=\"{GeneratedNames.BatchScratchLength}\"/> entries; its contents do not matter.", "name=\"scratch\"");
        writer.Doc("exception", "A length does not fit the sizes, or <paramref name=\"dx\"/> overlaps an input.", "cref=\"global::System.ArgumentException\"");
        writer.Line(Hidden);
        using (writer.Method($"public static void {GeneratedNames.BackwardBatch}",
            $"{t.GlobalReadOnlySpan} x", $"{t.GlobalReadOnlySpan} dy", $"{t.GlobalSpan} dx",
            $"{t.GlobalReadOnlySpan} parameters", $"{t.GlobalSpan} parameterGradients", $"{t.GlobalSpan} scratch"))
        {
            EmitBackwardRows(writer, layer, t, fromTape: false);
        }

        writer.Line();
    }

    private static void EmitInitializer(CodeWriter writer, DifferentiableLayerModel layer, NumericType t)
    {
        writer.Doc("summary",
            "Writes the initial values of the learnable parameters (<c>[Learnable]</c>'s <c>Initial</c> and <c>StandardDeviation</c>) "
            + "into <paramref name=\"parameters\"/> from <paramref name=\"offset\"/> on (the entry point networks call).");
        writer.Doc("param", "The array holding the parameters.", "name=\"parameters\"");
        writer.Doc("param", "Where this layer's parameters start in it.", "name=\"offset\"");
        writer.Doc("param", "Seed of random initial values (0 for a standalone layer, the network's seed in a network).", "name=\"seed\"");
        writer.Doc("returns", "<paramref name=\"parameters\"/>.");
        writer.Line(Hidden);
        using (writer.Method($"public static {t.Name}[] {GeneratedNames.InitializeLearnables}", $"{t.Name}[] parameters", "int offset", "int seed"))
        {
            foreach (LearnableParameter learnable in layer.Learnables)
            {
                string start = GeneratedNames.LearnableStart(learnable.PropertyName);
                writer.Call($"global::LayerGen.Generated.Learnables.Fill<{t.Name}>",
                [
                    $"new(parameters, offset + {start}, {Format(learnable.Length)})",
                    Literal(learnable.Initial), Literal(learnable.StandardDeviation), "seed", $"stream: offset + {start}",
                ], ";");
            }

            writer.Line("return parameters;");
        }
    }

    private static string Local(LearnableParameter learnable) => "learnable" + learnable.PropertyName;

    private static string Slice(string span, LearnableParameter learnable) =>
        $"{span}.Slice({GeneratedNames.LearnableStart(learnable.PropertyName)}, {Format(learnable.Length)})";

    private static string RowOf(string span, string width) => $"{span}.Slice(row * {width}, {width})";

    private static string Literal(double value) => NumericType.Double.Literal(value);

    private static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
