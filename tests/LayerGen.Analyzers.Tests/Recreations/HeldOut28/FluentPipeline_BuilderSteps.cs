// HeldOut28. Idiom: a fluent builder (new PipelineBuilder().Temperature(t).Softmax().Build()) producing a pipeline of
// IRowStep objects applied to every row; the softmax step uses LINQ Max/Select/Sum on its row.
// Use: calibrated intent scores. Layout: jagged double[rows][classes]. Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.HeldOut28.FluentPipeline_BuilderSteps;

/// <summary>One transformation of a row.</summary>
public interface IRowStep
{
    double[] Apply(double[] row);
}

/// <summary>Divides the logits by a temperature.</summary>
public sealed class TemperatureStep(double temperature) : IRowStep
{
    public double[] Apply(double[] row) => row.Select(v => v / temperature).ToArray();
}

/// <summary>Softmax of the row.</summary>
public sealed class SoftmaxStep : IRowStep
{
    public double[] Apply(double[] row)
    {
        var max = row.Max();
        var exps = row.Select(v => Math.Exp(v - max)).ToArray();
        var sum = exps.Sum();
        return exps.Select(e => e / sum).ToArray();
    }
}

/// <summary>An ordered list of steps.</summary>
public sealed class ScorePipeline(IReadOnlyList<IRowStep> steps)
{
    public double[][] Run(double[][] rows)
    {
        var result = new double[rows.Length][];
        for (var r = 0; r < rows.Length; r++)
        {
            var current = rows[r];
            foreach (var step in steps)
            {
                current = step.Apply(current);
            }

            result[r] = current;
        }

        return result;
    }
}

/// <summary>Fluent construction of a <see cref="ScorePipeline"/>.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IRowStep> _steps = [];

    public PipelineBuilder Temperature(double temperature)
    {
        _steps.Add(new TemperatureStep(temperature));
        return this;
    }

    public PipelineBuilder Softmax()
    {
        _steps.Add(new SoftmaxStep());
        return this;
    }

    public ScorePipeline Build() => new(_steps.ToArray());
}
