using LayerGen.Generator.Model;

namespace LayerGen.Generator.Emitting.Kernels;

/// <summary>
/// <c>Vector256</c> row kernels. Forward and gradient go to <see cref="RegisterRowKernel"/> or
/// <see cref="PairedLoopRowKernel"/> when the plan's layout says so; otherwise (a row shorter than a vector, and the fused
/// loss) this class writes one loop over the whole vectors plus a last vector that overlaps, or pads, the row's end.
/// </summary>
internal sealed class VectorRowKernel(CodeWriter writer, NumericType t, VectorRowShape shape) : VectorKernelWriter(writer, t, shape), IRowKernel
{
    public void Forward()
    {
        switch (Shape.Forward)
        {
            case RowLayout.Registers:
                new RegisterRowKernel(Writer, Type, Shape).Forward();
                return;
            case RowLayout.PairedLoop:
                new PairedLoopRowKernel(Writer, Type, Shape).Forward();
                return;
        }

        int tail = Shape.TailEntries;
        bool overlap = Shape.Overlaps;
        Refs(("x", "xStart"), ("y", "yStart"));
        LoadLast("x", "xStart", "last", Type.NegativeInfinity, "y may alias x");
        VectorMax("xStart");
        ForwardNonFiniteReturn();
        Writer.Line("// e = exp(x − max), stored in y and summed lane-wise.");
        Writer.Line($"{V} sums = {V}.Zero;");
        ForEachVector(j =>
        {
            Writer.Line($"{V} e = {VectorExp($"{Load("xStart", j)} - shift")};");
            Writer.Line($"Vector256.StoreUnsafe(e, ref yStart, {j});");
            Writer.Line("sums += e;");
        });

        if (tail > 0)
        {
            Writer.Line($"{V} lastExp = {VectorExp("last - shift")};");
            Writer.Line($"sums += {(overlap ? "lastExp & NewLanes()" : "lastExp")};");
        }

        Writer.Line();
        Writer.Line("// Divide by the row sum.");
        Writer.Line($"{V} scale = Vector256.Create({Type.Literal(1)} / Vector256.Sum(sums));");
        ForEachVector(j => Writer.Line($"Vector256.StoreUnsafe({Load("yStart", j)} * scale, ref yStart, {j});"));

        if (tail > 0)
        {
            StoreLast("y", "yStart", "lastExp * scale");
        }

        if (overlap)
        {
            NewLanesFunction();
        }
    }

    public void Gradient()
    {
        switch (Shape.Forward)
        {
            case RowLayout.Registers:
                new RegisterRowKernel(Writer, Type, Shape).Gradient();
                return;
            case RowLayout.PairedLoop:
                new PairedLoopRowKernel(Writer, Type, Shape).Gradient();
                return;
        }

        int tail = Shape.TailEntries;
        bool overlap = Shape.Overlaps;
        Refs(("y", "yStart"), ("dy", "dyStart"), ("dx", "dxStart"));
        LoadLast("y", "yStart", "yLast", Zero, "dx may alias dy");
        LoadLast("dy", "dyStart", "dyLast", Zero, null);
        Writer.Line("// ⟨y, dy⟩, lane-wise and then across the lanes.");
        Writer.Line($"{V} dots = {(tail == 0 ? V + ".Zero" : overlap ? "(yLast * dyLast) & NewLanes()" : "yLast * dyLast")};");
        ForEachVector(j => Writer.Line($"dots += {Load("yStart", j)} * {Load("dyStart", j)};"));

        Writer.Line();
        Writer.Line("// dx = y ⊙ (dy − ⟨y, dy⟩): the Jacobian diag(y) − y yᵀ is never formed.");
        Writer.Line($"{V} dot = Vector256.Create(Vector256.Sum(dots));");
        ForEachVector(j =>
        {
            Writer.Expression($"{V} g = ", [Load("yStart", j), $"({Load("dyStart", j)} - dot)"], "*", ";");
            Writer.Line($"Vector256.StoreUnsafe(g, ref dxStart, {j});");
        });

        if (tail > 0)
        {
            StoreLast("dx", "dxStart", "yLast * (dyLast - dot)");
        }

        if (overlap)
        {
            NewLanesFunction();
        }
    }

    public void Loss()
    {
        int tail = Shape.TailEntries;
        bool overlap = Shape.Overlaps;
        Writer.Line($"{T} target = x[label];");
        Refs(("x", "xStart"), ("dx", "dxStart"));
        LoadLast("x", "xStart", "last", Type.NegativeInfinity, "dx may alias x");
        VectorMax("xStart");
        LossNonFiniteReturn();
        if (tail > 0)
        {
            Writer.Line($"{V} lastExp = {VectorExp("last - shift")};");
        }

        Writer.Line($"{V} sums = {(tail == 0 ? V + ".Zero" : overlap ? "lastExp & NewLanes()" : "lastExp")};");
        Writer.Line($"{T} sum;");
        using (Writer.Block("if (dx.IsEmpty)"))
        {
            ForEachVector(j => Writer.Line($"sums += {VectorExp($"{Load("xStart", j)} - shift")};"));

            Writer.Line("sum = Vector256.Sum(sums);");
        }

        using (Writer.Block("else"))
        {
            Writer.Line("// Store e = exp(x − max) in dx, then scale it to (softmax − onehot) · invRows.");
            ForEachVector(j =>
            {
                Writer.Line($"{V} e = {VectorExp($"{Load("xStart", j)} - shift")};");
                Writer.Line($"Vector256.StoreUnsafe(e, ref dxStart, {j});");
                Writer.Line("sums += e;");
            });

            Writer.Line("sum = Vector256.Sum(sums);");
            Writer.Line($"{V} scale = Vector256.Create(invRows / sum);");
            ForEachVector(j => Writer.Line($"Vector256.StoreUnsafe({Load("dxStart", j)} * scale, ref dxStart, {j});"));

            if (tail > 0)
            {
                StoreLast("dx", "dxStart", "lastExp * scale");
            }

            Writer.Line("dx[label] -= invRows;");
        }

        Writer.Line();
        LossReturn();
        if (overlap)
        {
            NewLanesFunction();
        }
    }
}
