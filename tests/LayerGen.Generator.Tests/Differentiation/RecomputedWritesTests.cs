namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// The backward from the records recomputes what a tape-view loop wrote (y[i] /= sum: the quotient from the taped old
/// y[i] and sum) instead of reading a copy of the final y, and the record keeps no such copy when nothing else reads
/// it. The recomputed values must be the forward's bit for bit: the backward from the records gives exactly the
/// recompute Backward's gradient (which reads the forward's y) on rows with ties, ±0, NaN and ±∞. Where an operand may
/// have changed after the loop, the value is not a plain quotient or y is read later, the copy stays.
/// </summary>
public class RecomputedWritesTests
{
    private const string Softmax = """
        float max = x[0];
        for (int i = 1; i < x.Length; i++)
        {
            if (x[i] > max) max = x[i];
        }

        float sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            sum += y[i];
        }

        """;

    public static TheoryData<string, string, bool> Layers() => new()
    {
        // The learner's softmax: the quotients are recomputed, the record has no y.
        { "softmax", Softmax + "for (int i = 0; i < x.Length; i++) { y[i] /= sum; }", false },
        // Written as y[i] = y[i] / sum, with the index loop bound spelled y.Length.
        { "softmax written y[i] = y[i] / sum", Softmax + "for (int i = 0; i < y.Length; i++) { y[i] = y[i] / sum; }", false },
        // Another expression of +, -, *, / over the old y[i], a constant, x[i] and an unchanged local.
        { "other exact expression", Softmax + "float half = 0.5f * sum;\nfor (int i = 0; i < x.Length; i++) { y[i] = -(y[i] * 2f - x[i]) / (half + x[i] * x[i]); }", false },
        // The divisor is reassigned after the loop: its final value is not the one the loop divided by: keep the copy.
        { "divisor reassigned after", Softmax + "for (int i = 0; i < x.Length; i++) { y[i] /= sum; }\nsum = sum * 3f;", true },
        // y is read and written again after the loop: keep the copy.
        { "y read after", Softmax + "for (int i = 0; i < x.Length; i++) { y[i] /= sum; }\ny[0] = y[0] * y[1];", true },
        // exp of the old value (lanes and scalar exp differ in the last bits): keep the copy.
        { "exp of the old value", Softmax + "for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(y[i] / sum); }", true },
        // A product (its reverse reads no value of its own): nothing recomputed, nothing copied.
        { "product", Softmax + "for (int i = 0; i < x.Length; i++) { y[i] = y[i] * sum; }", false },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Backward_from_the_records_equals_the_recompute_backward_bit_for_bit(string name, string body, bool keepsOutputCopy)
    {
        foreach (int width in new[] { 19, 37 })
        {
            string layer = "static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)\n{\n" + body + "\n}";
            CompiledLayer<float> compiled = DifferentiationHarness.Compile<float>(layer, width, width);
            Assert.Equal(keepsOutputCopy, compiled.Generated.Contains("y.CopyTo(tape.Slice(", StringComparison.Ordinal));
            var random = new Random(width);
            foreach (float[] x in Rows(width, random))
            {
                float[] dy = Enumerable.Range(0, width).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
                float[] y = new float[width];
                compiled.EngineForward(x, y, []);
                (float[] dx, _) = compiled.Gradients(x, dy, []);
                (float[] recordedY, float[] tapeDx, _) = compiled.GradientsFromTape(x, dy, []);
                Assert.Equal(Bits(y), Bits(recordedY));
                Assert.True(Bits(dx).SequenceEqual(Bits(tapeDx)),
                    $"{name}, {width} wide: x = [{string.Join(", ", x)}]: dx = [{string.Join(", ", dx)}], from the records [{string.Join(", ", tapeDx)}]");
            }
        }
    }

    [Fact]
    public void Double_softmax_drops_the_copy_and_keeps_the_bits()
    {
        string layer = "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\n"
            + Softmax.Replace("float", "double", StringComparison.Ordinal).Replace("MathF", "Math", StringComparison.Ordinal)
            + "for (int i = 0; i < x.Length; i++) { y[i] /= sum; }\n}";
        CompiledLayer<double> compiled = DifferentiationHarness.Compile<double>(layer, 11, 11);
        Assert.DoesNotContain("y.CopyTo(tape.Slice(", compiled.Generated, StringComparison.Ordinal);
        var random = new Random(5);
        foreach (float[] row in Rows(11, random))
        {
            double[] x = row.Select(v => (double)v).ToArray();
            double[] dy = Enumerable.Range(0, 11).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
            (double[] dx, _) = compiled.Gradients(x, dy, []);
            (_, double[] tapeDx, _) = compiled.GradientsFromTape(x, dy, []);
            Assert.Equal(dx.Select(BitConverter.DoubleToInt64Bits), tapeDx.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    private static IEnumerable<int> Bits(float[] values) => values.Select(BitConverter.SingleToInt32Bits);

    /// <summary>Gaussian-like rows, rows of few distinct values (ties), of ±0, with NaN, with ±∞.</summary>
    private static IEnumerable<float[]> Rows(int width, Random random)
    {
        float[] special = [0f, -0f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1e30f, -1e30f, 88f];
        for (int r = 0; r < 4; r++)
        {
            yield return Enumerable.Range(0, width).Select(_ => (float)((random.NextDouble() * 8) - 4)).ToArray();
            yield return Enumerable.Range(0, width).Select(_ => (float)random.Next(3)).ToArray();
            yield return Enumerable.Range(0, width).Select(_ => random.Next(2) == 0 ? -0f : 0f).ToArray();
            float[] row = Enumerable.Range(0, width).Select(_ => (float)((random.NextDouble() * 8) - 4)).ToArray();
            row[random.Next(width)] = special[random.Next(special.Length)];
            row[random.Next(width)] = special[random.Next(special.Length)];
            yield return row;
        }

        yield return Enumerable.Repeat(float.NegativeInfinity, width).ToArray();
    }
}
