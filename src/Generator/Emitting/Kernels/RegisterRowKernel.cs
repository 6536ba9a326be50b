using System.Collections.Generic;
using System.Linq;
using LayerGen.Generator.Model;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Kernels;

/// <summary>
/// A row of one to four vectors: loaded once, then max, exp, sum and scale (or ⟨y, dy⟩ and the gradient) in registers.
/// The last vector may overlap its predecessor; its repeated lanes are masked out of the reductions.
/// </summary>
internal sealed class RegisterRowKernel(CodeWriter writer, NumericType t, VectorRowShape shape) : VectorKernelWriter(writer, t, shape)
{
    private int Vectors => Shape.Vectors;

    private IEnumerable<int> All => Enumerable.Range(0, Vectors);

    private string Plural => Vectors > 1 ? "s" : string.Empty;

    public void Forward()
    {
        int tail = Shape.TailEntries;
        Refs(("x", "xStart"), ("y", "yStart"));
        Writer.Line($"// The row is held in {Format(Vectors)} vector{Plural}, loaded before anything is written (y may alias x).");
        if (tail > 0)
        {
            Writer.Comment($"x{Format(Vectors - 1)} starts at {Format(Shape.LastStart)} and overlaps x{Format(Vectors - 2)}: "
                + "its repeated lanes are set to -∞, which adds nothing to the max or the sum.");
        }

        foreach (int q in All)
        {
            Writer.Line($"{V} x{Format(q)} = {Load("xStart", Format(Shape.Offset(q)))};");
        }

        if (tail > 0)
        {
            string last = "x" + Format(Vectors - 1);
            Writer.Line($"{last} = Vector256.ConditionalSelect(NewLanes(), {last}, Vector256.Create({Type.NegativeInfinity}));");
        }

        Writer.Line();
        Writer.Line("// Row maximum, lane-wise over the vectors, then across the lanes; subtracted before exp.");
        Writer.Line($"{V} maxes = {Tree(All.Select(q => $"x{Format(q)}"), (a, b) => $"Vector256.Max({a}, {b})")};");
        ReduceMax();
        ForwardNonFiniteReturn();
        Writer.Line("// e = exp(x − max), then divided by the row sum.");
        foreach (int q in All)
        {
            Writer.Line($"{V} e{Format(q)} = {VectorExp($"x{Format(q)} - shift")};");
        }

        Writer.Line($"{V} scale = Vector256.Create({Type.Literal(1)} / Vector256.Sum({Tree(All.Select(q => $"e{Format(q)}"), (a, b) => $"{a} + {b}")}));");
        Writer.Line();
        if (tail > 0)
        {
            Writer.Line("// Last vector first: the earlier vectors then overwrite its repeated lanes.");
        }

        for (int q = Vectors - 1; q >= 0; q--)
        {
            Writer.Line($"Vector256.StoreUnsafe(e{Format(q)} * scale, ref yStart, {Format(Shape.Offset(q))});");
        }

        NewLanesFunction();
    }

    private static string Sum(string a, string b) => $"{a} + {b}";

    public void Gradient()
    {
        int tail = Shape.TailEntries;
        Refs(("y", "yStart"), ("dy", "dyStart"), ("dx", "dxStart"));
        Writer.Line($"// y and dy are held in {Format(Vectors)} vector{Plural} each, loaded before anything is written (dx may alias dy).");
        if (tail > 0)
        {
            Writer.Comment($"The last vectors start at {Format(Shape.LastStart)} and overlap the ones before; their repeated lanes are masked out of the sum.");
        }

        foreach (int q in All)
        {
            string offset = Format(Shape.Offset(q));
            Writer.Line($"{V} y{Format(q)} = {Load("yStart", offset)}, dy{Format(q)} = {Load("dyStart", offset)};");
        }

        Writer.Line();
        Writer.Line("// ⟨y, dy⟩, lane-wise and then across the lanes.");
        List<string> products = All.Select(q => $"(y{Format(q)} * dy{Format(q)})").ToList();
        if (tail > 0)
        {
            products[Vectors - 1] = $"({products[Vectors - 1]} & NewLanes())";
        }

        // The same pairwise tree as the forward's sums, split at its top for line length.
        List<string> halves = products.Count <= 2
            ? products
            : [$"({Tree(products.Take(2), Sum)})", products.Count == 3 ? products[2] : $"({Tree(products.Skip(2), Sum)})"];
        Writer.Expression($"{V} products = ", halves, "+", ";");
        Writer.Line($"{V} dot = Vector256.Create(Vector256.Sum(products));");
        Writer.Line();
        Writer.Comment("dx = y ⊙ (dy − ⟨y, dy⟩): the Jacobian diag(y) − y yᵀ is never formed. Overlapping lanes get the same values twice.");
        foreach (int q in All)
        {
            Writer.Line($"Vector256.StoreUnsafe(y{Format(q)} * (dy{Format(q)} - dot), ref dxStart, {Format(Shape.Offset(q))});");
        }

        NewLanesFunction();
    }
}
