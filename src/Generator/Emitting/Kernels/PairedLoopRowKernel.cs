using LayerGen.Generator.Model;
using static LayerGen.Generator.Emitting.SourceEmitter;

namespace LayerGen.Generator.Emitting.Kernels;

/// <summary>
/// A longer row in passes over memory (max; exp stored and summed; scale — or ⟨y, dy⟩; gradient), each loop two vectors
/// per step with two accumulators; the last partial vector overlaps and is read before anything is written.
/// </summary>
internal sealed class PairedLoopRowKernel(CodeWriter writer, NumericType t, VectorRowShape shape) : VectorKernelWriter(writer, t, shape)
{
    private int Pairs => Shape.PairedEntries;

    private bool Odd => Shape.HasOddVector;

    private string Second => Format(Lanes);

    private string PairLoop => $"for (nuint j = 0; j < {Format(Pairs)}; j += {Format(2 * Lanes)})";

    public void Forward()
    {
        int full = Shape.FullEntries, tail = Shape.TailEntries;
        Refs(("x", "xStart"), ("y", "yStart"));
        if (tail > 0)
        {
            Writer.Line($"// {Entries(full, tail)} not fill a vector: the last vector starts at {Format(Shape.LastStart)} and overlaps the one before;");
            Writer.Line("// it is loaded before anything is written (y may alias x).");
            Writer.Line($"{V} last = {Load("xStart", Format(Shape.LastStart))};");
            Writer.Line();
        }

        Writer.Line("// Row maximum, lane-wise in two accumulators, then across the lanes; subtracted before exp.");
        Writer.Line($"{V} maxes = {(tail > 0 ? "last" : $"Vector256.Create({Type.NegativeInfinity})")};");
        Writer.Line($"{V} maxes1 = Vector256.Create({Type.NegativeInfinity});");
        using (Writer.Block(PairLoop))
        {
            Writer.Line($"maxes = Vector256.Max(maxes, {Load("xStart", "j")});");
            Writer.Line($"maxes1 = Vector256.Max(maxes1, {Load("xStart", $"j + {Second}")});");
        }

        if (Odd)
        {
            Writer.Line($"maxes = Vector256.Max(maxes, {Load("xStart", Format(Pairs))});");
        }

        Writer.Line("maxes = Vector256.Max(maxes, maxes1);");
        ReduceMax();
        ForwardNonFiniteReturn();
        Writer.Line("// e = exp(x − max), stored in y and summed lane-wise in two accumulators.");
        Writer.Line($"{V} sums = {V}.Zero, sums1 = {V}.Zero;");
        using (Writer.Block(PairLoop))
        {
            Writer.Line($"{V} e = {VectorExp($"{Load("xStart", "j")} - shift")};");
            Writer.Line($"{V} e1 = {VectorExp($"{Load("xStart", $"j + {Second}")} - shift")};");
            Writer.Line("Vector256.StoreUnsafe(e, ref yStart, j);");
            Writer.Line($"Vector256.StoreUnsafe(e1, ref yStart, j + {Second});");
            Writer.Line("sums += e;");
            Writer.Line("sums1 += e1;");
        }

        if (Odd)
        {
            Writer.Line($"{V} eOdd = {VectorExp($"{Load("xStart", Format(Pairs))} - shift")};");
            Writer.Line($"Vector256.StoreUnsafe(eOdd, ref yStart, {Format(Pairs)});");
            Writer.Line("sums += eOdd;");
        }

        if (tail > 0)
        {
            Writer.Line($"{V} lastExp = {VectorExp("last - shift")};");
            Writer.Line("sums1 += lastExp & NewLanes();");
        }

        Writer.Line();
        Writer.Line("// Divide by the row sum.");
        Writer.Line($"{V} scale = Vector256.Create({Type.Literal(1)} / Vector256.Sum(sums + sums1));");
        using (Writer.Block(ForVectors(full)))
        {
            Writer.Line($"Vector256.StoreUnsafe({Load("yStart", "j")} * scale, ref yStart, j);");
        }

        if (tail > 0)
        {
            StoreLast("y", "yStart", "lastExp * scale");
        }

        NewLanesFunction();
    }

    public void Gradient()
    {
        int full = Shape.FullEntries, tail = Shape.TailEntries;
        Refs(("y", "yStart"), ("dy", "dyStart"), ("dx", "dxStart"));
        if (tail > 0)
        {
            Writer.Line($"// {Entries(full, tail)} not fill a vector: the last vectors start at {Format(Shape.LastStart)} and overlap the ones before;");
            Writer.Line("// they are loaded before anything is written (dx may alias dy).");
            Writer.Line($"{V} yLast = {Load("yStart", Format(Shape.LastStart))};");
            Writer.Line($"{V} dyLast = {Load("dyStart", Format(Shape.LastStart))};");
            Writer.Line();
        }

        Writer.Line("// ⟨y, dy⟩, lane-wise in two accumulators and then across the lanes.");
        Writer.Line($"{V} dots = {(tail > 0 ? "(yLast * dyLast) & NewLanes()" : V + ".Zero")}, dots1 = {V}.Zero;");
        using (Writer.Block(PairLoop))
        {
            Writer.Call("dots = Vector256.MultiplyAddEstimate", [Load("yStart", "j"), Load("dyStart", "j"), "dots"], ";");
            string second = $"j + {Second}";
            Writer.Call("dots1 = Vector256.MultiplyAddEstimate", [Load("yStart", second), Load("dyStart", second), "dots1"], ";");
        }

        if (Odd)
        {
            Writer.Call("dots = Vector256.MultiplyAddEstimate", [Load("yStart", Format(Pairs)), Load("dyStart", Format(Pairs)), "dots"], ";");
        }

        Writer.Line();
        Writer.Line("// dx = y ⊙ (dy − ⟨y, dy⟩): the Jacobian diag(y) − y yᵀ is never formed.");
        Writer.Line($"{V} dot = Vector256.Create(Vector256.Sum(dots + dots1));");
        using (Writer.Block(ForVectors(full)))
        {
            Writer.Expression($"{V} g = ", [Load("yStart", "j"), $"({Load("dyStart", "j")} - dot)"], "*", ";");
            Writer.Line("Vector256.StoreUnsafe(g, ref dxStart, j);");
        }

        if (tail > 0)
        {
            StoreLast("dx", "dxStart", "yLast * (dyLast - dot)");
        }

        NewLanesFunction();
    }
}
