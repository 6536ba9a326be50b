using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Helpers called as statements that write through their span parameters (aliased to the caller's view: y, a buffer, a
/// window of one), and helpers whose bodies use every loop form ForwardRow itself may (counting while, do-while,
/// converging counters), each through the double gradient check and its float twin
/// (<see cref="ReassignedIntegerGradientTests.Check"/>), in shapes other than HeldOut5's; plus what must stay rejected.
/// </summary>
public class HelperWriteAndLoopTests
{
    [Fact]
    public void Void_helper_writes_windows_of_y_chosen_by_a_loop_variable() => ReassignedIntegerGradientTests.Check("""
        static void Rotate(ReadOnlySpan<double> v, double angle, Span<double> result)
        {
            double c = Math.Cos(angle), s = Math.Sin(angle);
            result[0] = c * v[0] - s * v[1];
            result[1] = s * v[0] + c * v[1];
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int p = 0; p < 3; p++) Rotate(x.Slice(2 * p, 2), 0.3 * x[6] + p, y.Slice(2 * p, 2));
            Rotate(x[4..6], x[0], y[6..]);
        }
        """, 7, 8);

    [Fact]
    public void Local_function_fills_a_window_of_a_buffer_that_is_read_back() => ReassignedIntegerGradientTests.Check("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> pooled = stackalloc double[6];
            pooled.Fill(0.5);
            SoftmaxInto(x[..3], pooled[1..4]);
            SoftmaxInto(x[3..], pooled.Slice(3, 3));
            for (int i = 0; i < y.Length; i++) y[i] = pooled[i] * x[i];

            void SoftmaxInto(ReadOnlySpan<double> logits, Span<double> probabilities)
            {
                double max = logits[0];
                for (int i = 1; i < logits.Length; i++) if (logits[i] > max) max = logits[i];
                double sum = 0;
                for (int i = 0; i < logits.Length; i++) { probabilities[i] = Math.Exp(logits[i] - max); sum += probabilities[i]; }
                for (int i = 0; i < logits.Length; i++) probabilities[i] /= sum;
            }
        }
        """, 6, 6);

    [Fact]
    public void Void_helper_clears_its_window_and_returns_early_from_an_if_branch() => ReassignedIntegerGradientTests.Check("""
        static void ScaleOrClear(ReadOnlySpan<double> source, Span<double> target)
        {
            double norm = 0;
            foreach (double v in source) norm += v * v;
            if (norm < 1e-3)
            {
                target.Clear();
                return;
            }

            source.CopyTo(target);
            for (int i = 0; i < target.Length; i++) target[i] /= Math.Sqrt(norm);
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            ScaleOrClear(x.Slice(0, 3), y.Slice(0, 3));
            ScaleOrClear(x.Slice(3), y[3..6]);
            y[6] = y[0] * y[3];
        }
        """, 6, 7);

    [Fact]
    public void Helper_returning_a_value_writes_a_buffer_when_it_is_the_whole_value() => ReassignedIntegerGradientTests.Check("""
        static double Centre(ReadOnlySpan<double> v, Span<double> centred)
        {
            double mean = 0;
            for (int i = 0; i < v.Length; i++) mean += v[i];
            mean /= v.Length;
            for (int i = 0; i < v.Length; i++) centred[i] = v[i] - mean;
            return mean;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            Span<double> d = stackalloc double[5];
            double mean = Centre(x, d);
            for (int i = 0; i < 5; i++) y[i] = d[i] * d[i] + mean;
            y[5] = Centre(x[1..], y[6..10]);
        }
        """, 5, 10);

    [Fact]
    public void Helpers_take_the_loop_forms_of_ForwardRow() => ReassignedIntegerGradientTests.Check("""
        static double Horner(double v)
        {
            double acc = 0.1;
            int power = 4;
            while (power > 0)
            {
                acc = acc * v + 0.2 * power;
                power--;
            }
            return acc;
        }

        static double NewtonHypot(double v)
        {
            double g = 1;
            int step = 0;
            do
            {
                g = 0.5 * (g + (v * v + 1) / g);
                step += 1;
            } while (step < 5);
            return g;
        }

        static double Pairs(ReadOnlySpan<double> v)
        {
            double s = 0;
            int left = 0, right = v.Length - 1;
            while (left < right) { s += v[left] * v[right]; left++; right--; }
            return s;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++)
            {
                double t = 0;
                int k = 0;
                while (k < 2) { t += Horner(x[i] + k); k++; }
                y[i] = t + NewtonHypot(x[i]) + Pairs(x);
            }
        }
        """, 5, 5, ties: false);

    [Fact]
    public void Helper_that_writes_a_span_inside_a_larger_expression_is_rejected()
    {
        LoweringResult result = Lower("""
            static double Normalise(Span<double> v)
            {
                double s = 0;
                for (int i = 0; i < v.Length; i++) s += v[i];
                for (int i = 0; i < v.Length; i++) v[i] /= s;
                return s;
            }

            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                x.CopyTo(y);
                y[0] = y[1] + Normalise(y);
            }
            """, 4, 4);
        Assert.Null(result.Model);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Equal("LG1111", problem.RuleId);
        Assert.Contains("writes its span parameter 'v'", (string)problem.Arguments[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LG1110", "while (v[0] < 3) { v[0] += 1; }")]
    [InlineData("LG1111", "v.Slice(0, 3).CopyTo(v.Slice(1, 3));")]
    [InlineData("LG1115", "for (int i = 0; i < v.Length; i++) { v[i] = 0; if (i > 1) return; }")]
    public void Void_helper_body_outside_the_subset_gets_its_error(string id, string body)
    {
        LoweringResult result = Lower("""
            static void Touch(Span<double> v)
            {
                BODY
            }

            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                x.CopyTo(y);
                Touch(y);
            }
            """.Replace("BODY", body, StringComparison.Ordinal), 4, 4);
        Assert.Null(result.Model);
        DifferentiationProblem problem = Assert.Single(result.Problems);
        Assert.Equal(id, problem.RuleId);
    }
}
