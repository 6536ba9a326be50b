using System.Collections.Generic;
using System.Linq;
using LayerGen.Generator.Model;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Kernels;

/// <summary>The pieces shared by the <c>Vector256</c> row kernels: loads and stores of the last vector, maxima, lane masks.</summary>
internal abstract class VectorKernelWriter(CodeWriter writer, NumericType t, VectorRowShape shape) : RowKernelWriter(writer, t, shape.Size)
{
    protected VectorRowShape Shape { get; } = shape;

    protected string V => Type.Vector;

    protected int Lanes => Shape.Lanes;

    /// <summary><c>for (nuint j = 0; j &lt; full; j += lanes)</c>: the whole vectors from the start of the row.</summary>
    protected string ForVectors(int full) => $"for (nuint j = 0; j < {Format(full)}; j += {Format(Lanes)})";

    /// <summary>
    /// Writes <paramref name="body"/> for each whole vector of the row, given its offset: once with offset 0 when the row
    /// has one whole vector, in a loop over <c>j</c> otherwise, not at all when it has none.
    /// </summary>
    protected void ForEachVector(System.Action<string> body)
    {
        int full = Shape.FullEntries;
        if (full == 0)
        {
            return;
        }

        if (full == Lanes)
        {
            body("0");
            return;
        }

        using (Writer.Block(ForVectors(full)))
        {
            body("j");
        }
    }

    protected static string Load(string start, string offset) => $"Vector256.LoadUnsafe(ref {start}, {offset})";

    /// <summary>"Entry 8 does" / "Entries 8..9 do".</summary>
    protected static string Entries(int full, int tail) =>
        tail == 1 ? $"Entry {Format(full)} does" : $"Entries {Format(full)}..{Format(full + tail - 1)} do";

    /// <summary>Reduces <c>maxes</c> across its lanes into <c>shift</c> (every lane) and <c>max</c>.</summary>
    protected void ReduceMax()
    {
        Writer.Line($"{V} shift = SoftmaxRow.MaxAcrossLanes(maxes);");
        Writer.Line($"{T} max = shift.ToScalar();");
        Writer.Line();
    }

    /// <summary>
    /// Declares the local function <c>NewLanes()</c>: the lanes of the overlapping last vector that hold entries after the
    /// whole vectors (the other lanes repeat entries already counted). Nothing when the row is a whole number of vectors.
    /// </summary>
    protected void NewLanesFunction()
    {
        int tail = Shape.TailEntries;
        if (tail == 0)
        {
            return;
        }

        Writer.Line();
        Writer.Comment($"Lanes {Format(Lanes - tail)}..{Format(Lanes - 1)} of the last vector are new entries; the others repeat counted ones.");
        string indices = string.Join(", ", Enumerable.Range(0, Lanes).Select(i => Type.Literal(i)));
        Writer.Line($"static {V} NewLanes() =>");
        using (Writer.Indent())
        {
            Writer.Line($"Vector256.GreaterThan(Vector256.Create({indices}), Vector256.Create({Type.Literal(Lanes - tail - 0.5)}));");
        }
    }

    /// <summary>
    /// Declares <paramref name="name"/>: the last vector of the row, loaded before anything is written. In a row of at
    /// least one vector it starts at n − lanes and overlaps the whole vectors; in a shorter row it holds the whole row
    /// padded with <paramref name="padding"/>, a value that changes neither the maximum nor the sums.
    /// </summary>
    protected void LoadLast(string span, string start, string name, string padding, string? aliasNote)
    {
        int full = Shape.FullEntries, tail = Shape.TailEntries;
        if (tail == 0)
        {
            return;
        }

        bool overlap = Shape.Overlaps;
        if (overlap)
        {
            if (aliasNote is not null)
            {
                Writer.Line($"// {Entries(full, tail)} not fill a vector: the last vector starts at {Format(Shape.LastStart)} and overlaps the one before;");
                Writer.Line($"// it is loaded before anything is written ({aliasNote}).");
            }

            Writer.Line($"{V} {name} = {Load(start, Format(Shape.LastStart))};");
        }
        else
        {
            if (aliasNote is not null)
            {
                Writer.Line($"// The row is shorter than a vector: read it once, before anything is written ({aliasNote}),");
                Writer.Line($"// padded with {(padding == Zero ? "0" : "-∞")}, which changes neither the maximum nor the sums.");
            }

            IEnumerable<string> lanes = Enumerable.Range(0, Lanes).Select(lane => lane < tail ? $"{span}[{Format(full + lane)}]" : padding);
            Writer.Expression($"{V} {name} = Vector256.Create(", lanes.ToList(), ",", ");");
        }

        if (aliasNote is null || span == "x")
        {
            Writer.Line();
        }
    }

    /// <summary>Stores the last vector: over the overlap (repeated lanes get the same values), or lane by lane for a short row.</summary>
    protected void StoreLast(string span, string start, string value)
    {
        Writer.Line();
        if (Shape.Overlaps)
        {
            Writer.Line("// The overlapping lanes get the same values again.");
            Writer.Line($"Vector256.StoreUnsafe({value}, ref {start}, {Format(Shape.LastStart)});");
            return;
        }

        Writer.Line($"{V} result = {value};");
        for (int lane = 0; lane < Shape.TailEntries; lane++)
        {
            Writer.Line($"{span}[{Format(Shape.FullEntries + lane)}] = result.GetElement({Format(lane)});");
        }
    }

    /// <summary>Row maximum over the whole vectors, starting from the last vector when there is one.</summary>
    protected void VectorMax(string start)
    {
        Writer.Line("// Row maximum, lane-wise over the vectors, then across the lanes; subtracted before exp.");
        Writer.Line($"{V} maxes = {(Shape.TailEntries > 0 ? "last" : $"Vector256.Create({Type.NegativeInfinity})")};");
        ForEachVector(j => Writer.Line($"maxes = Vector256.Max(maxes, {Load(start, j)});"));

        Writer.Line();
        ReduceMax();
    }
}
