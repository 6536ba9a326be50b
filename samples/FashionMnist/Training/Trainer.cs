using System.Diagnostics;
using FashionMnist.Data;
using FashionMnist.Reporting;
using Spectre.Console;

namespace FashionMnist.Training;

/// <summary>Mini-batch training of a classifier (<see cref="FashionNet"/> or <see cref="FashionNetLayerNorm"/>): shuffle, forward + loss, backward, optimizer step; then evaluate.</summary>
internal sealed class Trainer(IFashionClassifier net, TrainingOptions options)
{
    /// <summary>Trains for <see cref="TrainingOptions.Epochs"/> epochs and returns what each epoch measured.</summary>
    public List<EpochMetrics> Train(DatasetPair data)
    {
        var batches = new MiniBatches(data.Train, options.BatchSize, options.Seed);
        var history = new List<EpochMetrics>();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            batches.Shuffle();
            double lossSum = 0;
            int batchCount = 0;
            double seconds = 0, cpuSeconds = 0;
            EpochProgress.Run(FormattableString.Invariant($"epoch {epoch,2}/{options.Epochs}"), data.Train.Count, report =>
            {
                var clock = Stopwatch.StartNew();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                for (int first = 0; first < batches.Rows; first += options.BatchSize)
                {
                    var (images, labels) = batches.Batch(first);
                    float loss = net.Loss(images.Span, labels.Span);
                    net.Backward();
                    Step();
                    lossSum += loss;
                    batchCount++;
                    report(first + labels.Length, lossSum / batchCount);
                }

                seconds = clock.Elapsed.TotalSeconds;
                cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            });

            var (_, trainAccuracy) = Evaluator.Evaluate(net, data.Train);
            var (testLoss, testAccuracy) = Evaluator.Evaluate(net, data.Test);
            var metrics = new EpochMetrics(epoch, lossSum / batchCount, trainAccuracy, testLoss, testAccuracy, seconds, cpuSeconds);
            history.Add(metrics);
            SampleConsole.Out.WriteLine(FormattableString.Invariant(
                $"epoch {epoch,2}/{options.Epochs}: {seconds,6:F2} s (cpu {cpuSeconds,6:F2} s)  train loss {metrics.TrainLoss:F4}  train acc {trainAccuracy:F4}  test loss {testLoss:F4}  test acc {testAccuracy:F4}"));
        }

        return history;
    }

    private void Step()
    {
        if (options.Optimizer == Optimizer.Adam)
        {
            net.StepAdam(options.EffectiveLearningRate);
        }
        else
        {
            net.Step(options.EffectiveLearningRate);
        }
    }
}
