using LayerGen.Generator.Tests.Infrastructure;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>The generated BackwardRow of a learner's softmax, as a reader sees it on F12 (Snapshots/LearnerSoftmax.BackwardRow.cs).</summary>
public class BackwardRowSnapshotTests
{
    public const string LearnerSoftmax = """
        static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
        {
            float m = x[0];
            for (int i = 1; i < x.Length; i++)
            {
                if (x[i] > m) m = x[i];
            }

            float sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                float e = MathF.Exp(x[i] - m);
                y[i] = e;
                sum += e;
            }

            for (int i = 0; i < y.Length; i++)
            {
                y[i] /= sum;
            }
        }
        """;

    [Fact]
    public void Learner_softmax_backward_reads_like_its_forward()
    {
        CompiledLayer<float> layer = Compile<float>(LearnerSoftmax, 8, 8);
        Snapshot.Verify(layer.Generated, "LearnerSoftmax.BackwardRow.cs");
    }
}
