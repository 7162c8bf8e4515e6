using System;
using System.IO;
using System.Text;
using SpecSdk.Build;

// The request on the input, as the task writes it (CatalogRequest.ToText); one line out: the summary (exit code 0) or
// the problem that stopped it (exit code 1).
if (args.Length != 0)
{
    Console.Error.WriteLine("usage: SpecSdk.Build.Worker < REQUEST (started by the SpecSdk package's WriteSpecCatalog task, which writes the request)");
    return 2;
}

string text;
using (var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false)))
{
    text = input.ReadToEnd();
}

Console.OutputEncoding = new UTF8Encoding(false);
var problem = CatalogBuild.Run(CatalogRequest.FromText(text), out var summary);
Console.Out.WriteLine(problem is null ? summary : problem.ToLine());
return problem is null ? 0 : 1;
